package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One shift of a named agent: who, on which skill, from which template, when, how long, and its breaks. The shift
 * belongs to the day it starts on.
 *
 * @param agentId the agent's id
 * @param skill the skill the agent works during the shift
 * @param template the name of the shift template it follows
 * @param start when the shift starts
 * @param lengthMinutes its length in minutes, breaks included, positive
 * @param breaks its breaks, in time order
 */
public record AssignedShift(
        String agentId,
        String skill,
        String template,
        LocalDateTime start,
        int lengthMinutes,
        List<PlacedBreak> breaks) {

    /**
     * Validates the shift and copies the breaks.
     *
     * @throws IllegalArgumentException if the length is not positive
     */
    public AssignedShift {
        requireArgument(lengthMinutes > 0, "shift of %s: lengthMinutes must be positive: %d", agentId, lengthMinutes);
        breaks = List.copyOf(breaks);
    }

    /** {@return the day the shift belongs to (its start date)} */
    public LocalDate day() {
        return start.toLocalDate();
    }

    /** {@return when the shift ends} */
    public LocalDateTime end() {
        return start.plusMinutes(lengthMinutes);
    }

    /** {@return paid minutes: the length minus the unpaid breaks} */
    public int paidMinutes() {
        int unpaid = 0;
        for (var placed : breaks) {
            unpaid += placed.paid() ? 0 : placed.lengthMinutes();
        }
        return lengthMinutes - unpaid;
    }

    /**
     * {@return a copy with other breaks (a manual break move)}
     *
     * @param newBreaks the breaks
     */
    public AssignedShift withBreaks(List<PlacedBreak> newBreaks) {
        return new AssignedShift(agentId, skill, template, start, lengthMinutes, newBreaks);
    }

    /**
     * {@return a copy moved by some minutes, its breaks moved with it (a manual shift move)}
     *
     * @param minutes minutes to move, negative for earlier
     */
    public AssignedShift movedBy(long minutes) {
        var moved = breaks.stream()
                .map(placed -> new PlacedBreak(placed.start().plusMinutes(minutes), placed.lengthMinutes(), placed.paid()))
                .toList();
        return new AssignedShift(agentId, skill, template, start.plusMinutes(minutes), lengthMinutes, moved);
    }
}
