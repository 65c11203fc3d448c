package org.switchboard.engine.scheduling.internal;

import java.util.Optional;

/** Turns shift counts into a plan of named agents with placed breaks ({@link Assignment}, {@link BreakPlacement}). */
public final class RosterBuilder {

    private RosterBuilder() {}

    /**
     * An agent the assignment could not bring to the minimum of a week.
     *
     * @param agent index of the agent in the problem
     * @param week index of the week from 0
     */
    public record Shortfall(int agent, int week) {}

    /**
     * The plan, or the agent and week whose minimum could not be met.
     *
     * @param plan the plan, when every agent's minimum was met
     * @param shortfall the agent and week left below the minimum, otherwise
     */
    public record Built(Optional<Plan> plan, Optional<Shortfall> shortfall) {}

    /**
     * Builds the plan.
     *
     * @param instance the instance
     * @param counts shifts to run per group, day, kind and skill (may be all zero)
     * @return the plan, or the agent and week that could not be given enough work
     */
    public static Built build(Instance instance, int[][][] counts) {
        var assigned = Assignment.assign(instance, counts);
        if (assigned.shortfall().isPresent()) {
            return new Built(Optional.empty(), assigned.shortfall());
        }
        var plan = new Plan(instance, assigned.roster());
        plan.placeBreaks();
        return new Built(Optional.of(plan), Optional.empty());
    }

    /**
     * {@return counts of zero shifts, for a build without a covering solution (the top-up then gives every agent the
     * cheapest shifts that reach the contract minimums)}
     *
     * @param instance the instance
     */
    public static int[][][] noShifts(Instance instance) {
        var counts = new int[instance.groups.size()][instance.days][];
        for (int g = 0; g < counts.length; g++) {
            for (int d = 0; d < instance.days; d++) {
                counts[g][d] = new int[instance.catalog.size() * instance.groups.get(g).skills().length];
            }
        }
        return counts;
    }
}
