package org.switchboard.server.schedules;

/**
 * The quality figures stored with a schedule version: the engine's evaluation of the schedule and the solver's bound.
 *
 * @param objective the weighted objective (under-staffed, over-staffed and paid hours times their weights)
 * @param lowerBound the best proven lower bound of the objective at the end of the solve
 * @param gap (objective − bound) / objective, 0 when the schedule is proven optimal
 * @param solverSeconds the seconds the solver ran
 * @param underStaffedHours under-staffed agent-hours summed over intervals
 * @param overStaffedHours over-staffed agent-hours summed over intervals
 * @param paidHours paid hours of all shifts
 * @param violations broken hard rules (0 for a solver result; a manual edit may break some)
 */
public record ScheduleFigures(
        double objective,
        double lowerBound,
        double gap,
        double solverSeconds,
        double underStaffedHours,
        double overStaffedHours,
        double paidHours,
        int violations) {}
