package org.switchboard.engine.scheduling.internal;

import java.util.Optional;
import java.util.OptionalInt;

/** Turns shift counts into a plan of named agents with placed breaks ({@link Assignment}, {@link BreakPlacement}). */
public final class RosterBuilder {

    private RosterBuilder() {}

    /**
     * The plan, or the agent whose weekly minimum could not be met.
     *
     * @param plan the plan, when every agent's minimum was met
     * @param agentShort index of the agent left below a weekly minimum
     */
    public record Built(Optional<Plan> plan, OptionalInt agentShort) {}

    /**
     * Builds the plan.
     *
     * @param instance the instance
     * @param counts shifts to run per group, day, kind and skill (may be all zero)
     * @return the plan, or the agent that could not be given enough work
     */
    public static Built build(Instance instance, int[][][] counts) {
        var assigned = Assignment.assign(instance, counts);
        if (assigned.agentShort().isPresent()) {
            return new Built(Optional.empty(), assigned.agentShort());
        }
        var plan = new Plan(instance, assigned.roster());
        plan.placeBreaks();
        return new Built(Optional.of(plan), OptionalInt.empty());
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
