package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The weights of the schedule objective (issue 7) and of the soft goals.
 * <pre>
 *   objective   = understaffedHour × under-staffed agent-hours
 *               + overstaffedHour  × over-staffed agent-hours
 *               + paidHour         × paid hours
 *   softPenalty = preferenceMiss    × unmet wishes
 *               + weekendFairness   × weekend deviation
 *               + lateShiftFairness × late-shift deviation
 * </pre>
 * where the under- (over-) staffed agent-hours are Σ over intervals and skills of max(0, required − scheduled)
 * (max(0, scheduled − required)) × interval length in hours. The lower bound and the gap are on {@code objective}
 * alone; the solver's improvement minimises {@code objective + softPenalty}, so it honours a soft goal only when its
 * weighted gain beats its cost in coverage and pay. The soft terms (issue 7: "soft goals (preferences, fairness of
 * weekends and late shifts) are weighted and reported"), as {@code evaluation.ScheduleEvaluator} counts them:
 * <ul>
 *   <li>unmet wishes: shifts of an agent with a preferred start that start more than
 *       {@link Preferences#START_TOLERANCE_MINUTES} from it, plus dates of a preferred day of the week off that carry a
 *       shift;</li>
 *   <li>weekend (late-shift) deviation: Σ over contracts, Σ over the contract's agents a of
 *       |x_a − X × n_a / N|, where x_a is the agent's weekends worked (late shifts), X = Σ x_a over the contract's
 *       agents, n_a the agent's available days in the horizon and N = Σ n_a: each agent's distance from an equal share
 *       of the contract's unpopular work pro rata to the days the agent can work (the absolute deviation from the mean
 *       when nobody has leave). A weekend is worked when a shift starts on the Saturday or the Sunday of a
 *       Monday-to-Sunday week; a late shift starts at or after {@code evaluation.Fairness.LATE_START_MINUTE}.</li>
 * </ul>
 *
 * @param understaffedHour cost of one missing agent-hour, finite and {@code >= 0}
 * @param overstaffedHour cost of one surplus agent-hour, finite and {@code >= 0}
 * @param paidHour cost of one paid hour, finite and {@code >= 0}
 * @param preferenceMiss cost of one unmet wish (start time or day off), finite and {@code >= 0}
 * @param weekendFairness cost of one weekend of deviation from the fair share, finite and {@code >= 0}
 * @param lateShiftFairness cost of one late shift of deviation from the fair share, finite and {@code >= 0}
 */
public record Weights(
        double understaffedHour,
        double overstaffedHour,
        double paidHour,
        double preferenceMiss,
        double weekendFairness,
        double lateShiftFairness) {

    /** Default {@code preferenceMiss} as a multiple of {@code paidHour}: a wish is worth a quarter of a paid hour. */
    public static final double DEFAULT_PREFERENCE_MISS_SHARE = 0.25;

    /** Default {@code weekendFairness} as a multiple of {@code paidHour}. */
    public static final double DEFAULT_WEEKEND_FAIRNESS_SHARE = 0.5;

    /** Default {@code lateShiftFairness} as a multiple of {@code paidHour}. */
    public static final double DEFAULT_LATE_SHIFT_FAIRNESS_SHARE = 0.25;

    /**
     * Validates the weights.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite
     */
    public Weights {
        requireWeight("understaffedHour", understaffedHour);
        requireWeight("overstaffedHour", overstaffedHour);
        requireWeight("paidHour", paidHour);
        requireWeight("preferenceMiss", preferenceMiss);
        requireWeight("weekendFairness", weekendFairness);
        requireWeight("lateShiftFairness", lateShiftFairness);
    }

    /**
     * Weights of the objective alone, the soft goals weighted 0 (they are still reported, and the solver still uses
     * them to break ties while it builds the first schedule).
     *
     * @param understaffedHour cost of one missing agent-hour
     * @param overstaffedHour cost of one surplus agent-hour
     * @param paidHour cost of one paid hour
     * @throws IllegalArgumentException if a weight is negative or not finite
     */
    public Weights(double understaffedHour, double overstaffedHour, double paidHour) {
        this(understaffedHour, overstaffedHour, paidHour, 0, 0, 0);
    }

    /**
     * {@return weights with the default soft weights: preferenceMiss = 0.25 × paidHour, weekendFairness = 0.5 ×
     * paidHour, lateShiftFairness = 0.25 × paidHour} A planner gives up a quarter of a paid hour of coverage value to
     * meet one wish, half an hour to move one weekend to a fairer share.
     *
     * @param understaffedHour cost of one missing agent-hour
     * @param overstaffedHour cost of one surplus agent-hour
     * @param paidHour cost of one paid hour
     * @throws IllegalArgumentException if a weight is negative or not finite
     */
    public static Weights withDefaultSoftGoals(double understaffedHour, double overstaffedHour, double paidHour) {
        return new Weights(
                understaffedHour,
                overstaffedHour,
                paidHour,
                DEFAULT_PREFERENCE_MISS_SHARE * paidHour,
                DEFAULT_WEEKEND_FAIRNESS_SHARE * paidHour,
                DEFAULT_LATE_SHIFT_FAIRNESS_SHARE * paidHour);
    }

    /** {@return whether any soft goal has a positive weight} */
    public boolean hasSoftGoals() {
        return preferenceMiss > 0 || weekendFairness > 0 || lateShiftFairness > 0;
    }

    /**
     * {@return the objective of the given figures, by the formula above}
     *
     * @param underStaffedHours under-staffed agent-hours
     * @param overStaffedHours over-staffed agent-hours
     * @param paidHours paid hours
     */
    public double objective(double underStaffedHours, double overStaffedHours, double paidHours) {
        return understaffedHour * underStaffedHours + overstaffedHour * overStaffedHours + paidHour * paidHours;
    }

    /**
     * {@return the soft penalty of the given figures, by the formula above}
     *
     * @param unmetWishes unmet start-time and day-off wishes
     * @param weekendDeviation deviation of weekends worked from the fair shares
     * @param lateShiftDeviation deviation of late shifts from the fair shares
     */
    public double softPenalty(int unmetWishes, double weekendDeviation, double lateShiftDeviation) {
        return preferenceMiss * unmetWishes
                + weekendFairness * weekendDeviation
                + lateShiftFairness * lateShiftDeviation;
    }

    private static void requireWeight(String field, double value) {
        requireArgument(Double.isFinite(value) && value >= 0, "weights.%s must be finite and >= 0: %s", field, value);
    }
}
