package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The weights of the schedule objective (issue 7):
 * <pre>
 *   objective = understaffedHour × under-staffed agent-hours
 *             + overstaffedHour  × over-staffed agent-hours
 *             + paidHour         × paid hours
 * </pre>
 * where the under- (over-) staffed agent-hours are Σ over intervals and skills of max(0, required − scheduled)
 * (max(0, scheduled − required)) × interval length in hours.
 *
 * @param understaffedHour cost of one missing agent-hour, finite and {@code >= 0}
 * @param overstaffedHour cost of one surplus agent-hour, finite and {@code >= 0}
 * @param paidHour cost of one paid hour, finite and {@code >= 0}
 */
public record Weights(double understaffedHour, double overstaffedHour, double paidHour) {

    /**
     * Validates the weights.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite
     */
    public Weights {
        requireWeight("understaffedHour", understaffedHour);
        requireWeight("overstaffedHour", overstaffedHour);
        requireWeight("paidHour", paidHour);
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

    private static void requireWeight(String field, double value) {
        requireArgument(Double.isFinite(value) && value >= 0, "weights.%s must be finite and >= 0: %s", field, value);
    }
}
