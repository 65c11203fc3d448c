package org.switchboard.engine.scheduling.evaluation;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The spread of unpopular work between agents (soft goal): weekends worked (a Monday-to-Sunday week counts when the
 * agent has a shift starting on its Saturday or Sunday) and late shifts (starting at or after
 * {@link #LATE_START_MINUTE} minutes after midnight). The deviations are those the soft penalty weighs
 * ({@link org.switchboard.engine.scheduling.Weights}): per contract, each agent's distance from a share of the
 * contract's total pro rata to the agent's available days, summed ({@link #deviation}).
 *
 * @param minWeekendsWorked fewest weekends any agent works
 * @param maxWeekendsWorked most weekends any agent works
 * @param minLateShifts fewest late shifts of any agent
 * @param maxLateShifts most late shifts of any agent
 * @param weekendDeviation Σ over contracts of {@link #deviation} of the weekends worked
 * @param lateShiftDeviation Σ over contracts of {@link #deviation} of the late shifts
 */
public record Fairness(
        int minWeekendsWorked,
        int maxWeekendsWorked,
        int minLateShifts,
        int maxLateShifts,
        double weekendDeviation,
        double lateShiftDeviation) {

    /** A shift starting at or after 12:00 is a late shift. */
    public static final int LATE_START_MINUTE = 720;

    /**
     * The distance of comparable agents' counts from their fair shares:
     * <pre>
     *   deviation = Σ_a |x_a − X × n_a / N|,   X = Σ_a x_a,   N = Σ_a n_a      (0 when N = 0)
     * </pre>
     * With equal available days it is the sum of absolute deviations from the mean. Example: counts 0, 2, 4 with equal
     * availability: mean 2, deviation 2 + 0 + 2 = 4.
     *
     * @param counts x_a, one per agent of one contract
     * @param availableDays n_a, the days each agent can work in the horizon, same length, each {@code >= 0}
     * @return the deviation, {@code >= 0}
     */
    public static double deviation(int[] counts, int[] availableDays) {
        requireArgument(counts.length == availableDays.length, "one count per agent: %d counts, %d availabilities",
                counts.length, availableDays.length);
        long total = 0;
        long days = 0;
        for (int a = 0; a < counts.length; a++) {
            total += counts[a];
            days += availableDays[a];
        }
        if (days == 0) {
            return 0;
        }
        double perDay = total / (double) days;
        double deviation = 0;
        for (int a = 0; a < counts.length; a++) {
            deviation += Math.abs(counts[a] - perDay * availableDays[a]);
        }
        return deviation;
    }
}
