package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * A break or lunch that every shift of a template takes once, inside a window relative to the shift: it starts no
 * earlier than {@code earliestAfterStartMinutes} after the shift start and ends no later than
 * {@code latestBeforeEndMinutes} before the shift end. A paid break counts in paid hours; an unpaid one does not.
 * During any break the agent does not cover the requirement.
 *
 * @param lengthMinutes length of the break, positive
 * @param paid whether the break is paid
 * @param earliestAfterStartMinutes earliest start of the break after the shift start, {@code >= 0}
 * @param latestBeforeEndMinutes least time between the break end and the shift end, {@code >= 0}
 */
public record BreakRule(int lengthMinutes, boolean paid, int earliestAfterStartMinutes, int latestBeforeEndMinutes) {

    /**
     * Validates the rule.
     *
     * @throws IllegalArgumentException if the length is not positive or an offset is negative
     */
    public BreakRule {
        requireArgument(lengthMinutes > 0, "break lengthMinutes must be positive: lengthMinutes=%d", lengthMinutes);
        requireArgument(
                earliestAfterStartMinutes >= 0,
                "break earliestAfterStartMinutes must not be negative: earliestAfterStartMinutes=%d",
                earliestAfterStartMinutes);
        requireArgument(
                latestBeforeEndMinutes >= 0,
                "break latestBeforeEndMinutes must not be negative: latestBeforeEndMinutes=%d",
                latestBeforeEndMinutes);
    }

    /**
     * {@return the latest allowed break start, in minutes after the shift start, for a shift of the given length;
     * smaller than {@link #earliestAfterStartMinutes()} when the break does not fit}
     *
     * @param shiftLengthMinutes length of the shift in minutes
     */
    public int latestStartMinutes(int shiftLengthMinutes) {
        return shiftLengthMinutes - latestBeforeEndMinutes - lengthMinutes;
    }
}
