package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;

/**
 * A planned pause inside a shift. The agent takes it when the contact in hand ends, so the actual pause in the
 * agent-state events may start later and last a little longer (breaks and lunch overrun by 45 s on average).
 *
 * @param reason why the agent pauses
 * @param start planned start
 * @param end planned end, after {@code start}
 */
public record ScheduledPause(PauseReason reason, Instant start, Instant end) {

    /**
     * Validates the pause.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public ScheduledPause {
        requireArgument(end.isAfter(start), "pause must end after it starts: start=%s, end=%s", start, end);
    }
}
