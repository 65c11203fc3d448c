package org.switchboard.engine.scheduling.evaluation;

import java.util.List;

/**
 * The quality figures of a schedule (issue 7, "Report for every schedule").
 *
 * @param coverage coverage per skill and interval
 * @param underStaffedHours Σ max(0, required − scheduled) × interval hours, over skills and intervals
 * @param overStaffedHours Σ max(0, scheduled − required) × interval hours
 * @param paidHours Σ paid minutes / 60 over all shifts
 * @param objective weights.understaffedHour × under + weights.overstaffedHour × over + weights.paidHour × paid
 * @param softPenalty weights.preferenceMiss × unmet wishes + weights.weekendFairness × weekend deviation
 *     + weights.lateShiftFairness × late-shift deviation (see {@link org.switchboard.engine.scheduling.Weights})
 * @param preferences preference satisfaction
 * @param fairness spread of weekends and late shifts
 * @param violations every broken hard rule (empty for a schedule the solver returns)
 */
public record ScheduleQuality(
        List<SkillCoverage> coverage,
        double underStaffedHours,
        double overStaffedHours,
        double paidHours,
        double objective,
        double softPenalty,
        PreferenceSatisfaction preferences,
        Fairness fairness,
        List<RuleViolation> violations) {

    /** Copies the lists. */
    public ScheduleQuality {
        coverage = List.copyOf(coverage);
        violations = List.copyOf(violations);
    }

    /**
     * {@return the relative gap to a lower bound of the optimum, (objective − bound) / objective, 0 when the objective
     * is 0; a bound is never above the optimum, so the schedule is within this share of the best possible}
     *
     * @param lowerBound a proven lower bound of the optimal objective
     */
    public double gap(double lowerBound) {
        return objective <= 0 ? 0 : Math.max(0, (objective - lowerBound) / objective);
    }
}
