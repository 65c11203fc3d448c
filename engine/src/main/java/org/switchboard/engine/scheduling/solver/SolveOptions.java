package org.switchboard.engine.scheduling.solver;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;

/**
 * How long and with how many threads the solver may run.
 *
 * @param timeLimit wall-clock limit of the whole solve, positive; the solver returns its best schedule when it is
 *     reached
 * @param threads most threads the solve may use, {@code >= 1}; the current solver (GLOP and a sequential local
 *     search) uses one, so this is an upper bound for later versions
 * @param seed seed for random choices; the current solver makes none (it is deterministic: the same problem gives
 *     the same schedule when the time limit does not bind), so this has no effect yet
 */
public record SolveOptions(Duration timeLimit, int threads, long seed) {

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException if the limit is not positive or threads &lt; 1
     */
    public SolveOptions {
        requireArgument(timeLimit.isPositive(), "timeLimit must be positive: %s", timeLimit);
        requireArgument(threads >= 1, "threads must be >= 1: %d", threads);
    }

    /**
     * {@return options with a time limit, 2 threads and seed 1}
     *
     * @param timeLimit the wall-clock limit
     */
    public static SolveOptions of(Duration timeLimit) {
        return new SolveOptions(timeLimit, 2, 1);
    }
}
