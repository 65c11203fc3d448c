package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDateTime;

/**
 * A break placed inside a shift.
 *
 * @param start when the break starts
 * @param lengthMinutes its length in minutes, positive
 * @param paid whether it is paid
 */
public record PlacedBreak(LocalDateTime start, int lengthMinutes, boolean paid) {

    /**
     * Validates the break.
     *
     * @throws IllegalArgumentException if the length is not positive
     */
    public PlacedBreak {
        requireArgument(lengthMinutes > 0, "break lengthMinutes must be positive: %d", lengthMinutes);
    }

    /** {@return when the break ends} */
    public LocalDateTime end() {
        return start.plusMinutes(lengthMinutes);
    }
}
