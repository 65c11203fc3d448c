package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A kind of shift the centre may run: any start from {@code startEarliest} to {@code startLatest} in steps of
 * {@code startStepMinutes}, one of the allowed lengths, and the breaks every such shift takes, in the listed order,
 * at least {@code minGapMinutes} apart (from the end of one break to the start of the next). The length includes the
 * breaks; paid minutes = length − unpaid breaks.
 *
 * @param name the template's name, unique in a problem, not blank
 * @param startEarliest earliest start time of day
 * @param startLatest latest start time of day, not before {@code startEarliest}
 * @param startStepMinutes step between allowed starts, positive
 * @param lengthsMinutes allowed shift lengths in minutes (breaks included), not empty, each in 1..1440
 * @param breaks the breaks every shift takes, in order
 * @param minGapMinutes least work time between two consecutive breaks, {@code >= 0}
 */
public record ShiftTemplate(
        String name,
        LocalTime startEarliest,
        LocalTime startLatest,
        int startStepMinutes,
        List<Integer> lengthsMinutes,
        List<BreakRule> breaks,
        int minGapMinutes) {

    /**
     * Validates the template and copies the lists.
     *
     * @throws IllegalArgumentException if the name is blank, the start window is reversed, the step is not positive,
     *     no length is given, a length is outside 1..1440, or the gap is negative
     */
    public ShiftTemplate {
        requireArgument(!name.isBlank(), "shift template name must not be blank");
        requireArgument(
                !startLatest.isBefore(startEarliest),
                "template %s: startLatest must not be before startEarliest: startEarliest=%s, startLatest=%s",
                name,
                startEarliest,
                startLatest);
        requireArgument(
                startStepMinutes > 0, "template %s: startStepMinutes must be positive: %d", name, startStepMinutes);
        requireArgument(!lengthsMinutes.isEmpty(), "template %s: lengthMinutes must not be empty", name);
        for (int length : lengthsMinutes) {
            requireArgument(
                    length > 0 && length <= 1440, "template %s: each length must be in 1..1440: %d", name, length);
        }
        requireArgument(minGapMinutes >= 0, "template %s: minGapMinutes must not be negative: %d", name, minGapMinutes);
        lengthsMinutes = List.copyOf(lengthsMinutes);
        breaks = List.copyOf(breaks);
    }

    /**
     * A template with no minimum gap between breaks.
     *
     * @param name the template's name
     * @param startEarliest earliest start
     * @param startLatest latest start
     * @param startStepMinutes step between starts
     * @param lengthsMinutes allowed lengths
     * @param breaks breaks in order
     * @return the template
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static ShiftTemplate of(
            String name,
            LocalTime startEarliest,
            LocalTime startLatest,
            int startStepMinutes,
            List<Integer> lengthsMinutes,
            List<BreakRule> breaks) {
        return new ShiftTemplate(name, startEarliest, startLatest, startStepMinutes, lengthsMinutes, breaks, 0);
    }

    /** {@return the allowed start times as minutes after midnight, ascending} */
    public List<Integer> startMinutes() {
        int first = startEarliest.toSecondOfDay() / 60;
        int last = startLatest.toSecondOfDay() / 60;
        var starts = new ArrayList<Integer>();
        for (int minute = first; minute <= last; minute += startStepMinutes) {
            starts.add(minute);
        }
        return List.copyOf(starts);
    }

    /**
     * {@return the paid minutes of a shift of this template: length − unpaid break minutes}
     *
     * @param lengthMinutes the shift length in minutes
     */
    public int paidMinutes(int lengthMinutes) {
        int unpaid = 0;
        for (var rule : breaks) {
            unpaid += rule.paid() ? 0 : rule.lengthMinutes();
        }
        return lengthMinutes - unpaid;
    }
}
