package org.switchboard.engine.scheduling.internal;

import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalInt;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.PlacedBreak;
import org.switchboard.engine.scheduling.Schedule;

/** Turns shift counts into a schedule of named agents with placed breaks ({@link Assignment}, {@link BreakPlacement}). */
public final class RosterBuilder {

    private RosterBuilder() {}

    /**
     * The schedule, or the agent whose weekly minimum could not be met.
     *
     * @param schedule the schedule, when every agent's minimum was met
     * @param agentShort index of the agent left below a weekly minimum
     */
    public record Built(Optional<Schedule> schedule, OptionalInt agentShort) {}

    /**
     * Builds the schedule.
     *
     * @param instance the instance
     * @param counts shifts to run per group, day, kind and skill (may be all zero)
     * @return the schedule, or the agent that could not be given enough work
     */
    public static Built build(Instance instance, int[][][] counts) {
        var assigned = Assignment.assign(instance, counts);
        if (assigned.agentShort().isPresent()) {
            return new Built(Optional.empty(), assigned.agentShort());
        }
        var roster = assigned.roster();
        var offsets = BreakPlacement.place(instance, roster);
        var horizon = instance.problem.horizon();
        var skills = instance.problem.skills();
        var shifts = new ArrayList<AssignedShift>();
        for (int a = 0; a < roster.kind.length; a++) {
            var agent = instance.problem.agents().get(a);
            for (int d = 0; d < instance.days; d++) {
                if (!roster.works(a, d)) {
                    continue;
                }
                var kind = instance.catalog.get(roster.kind[a][d]);
                var start = horizon.firstDay().plusDays(d).atStartOfDay().plusMinutes(kind.startMinute());
                var breaks = new ArrayList<PlacedBreak>();
                var rules = kind.template().breaks();
                for (int j = 0; j < rules.size(); j++) {
                    breaks.add(new PlacedBreak(
                            start.plusMinutes((long) offsets[a][d][j] * instance.step),
                            rules.get(j).lengthMinutes(),
                            rules.get(j).paid()));
                }
                shifts.add(new AssignedShift(
                        agent.id(), skills.get(roster.skill[a][d]), kind.template().name(), start, kind.lengthMinutes(),
                        breaks));
            }
        }
        return new Built(Optional.of(new Schedule(shifts)), OptionalInt.empty());
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
