package org.switchboard.server.schedules;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.time.Instant;

/**
 * A break inside a stored shift.
 *
 * @param start when the break starts
 * @param end when it ends, after {@code start}
 * @param paid whether the break counts as paid time
 */
public record RosterBreak(Instant start, Instant end, boolean paid) {

    /**
     * Validates the break.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public RosterBreak {
        requireArgument(end.isAfter(start), "break must end after it starts: start=%s, end=%s", start, end);
    }

    /** {@return the break's length} */
    public Duration length() {
        return Duration.between(start, end);
    }
}
