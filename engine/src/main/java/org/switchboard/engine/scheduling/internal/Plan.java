package org.switchboard.engine.scheduling.internal;

import java.util.ArrayList;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.PlacedBreak;
import org.switchboard.engine.scheduling.Schedule;

/**
 * A schedule under construction on the grid: the roster of shift kinds and skills, the break offsets of every shift,
 * and the coverage they give (breaks taken out). Single-threaded and mutable, private to one solve.
 */
public final class Plan {

    final Instance instance;
    final Roster roster;
    final int[][][] offsets;
    final Coverage coverage;

    Plan(Instance instance, Roster roster) {
        this.instance = instance;
        this.roster = roster;
        this.offsets = new int[roster.kind.length][instance.days][];
        this.coverage = new Coverage(instance);
    }

    /** Places every break: each shift in turn takes its cheapest placement, then once more against all others. */
    void placeBreaks() {
        forEachShift((a, d) -> {
            var kind = instance.catalog.get(roster.kind[a][d]);
            coverage.add(roster.skill[a][d], instance.startInterval(d, kind), kind.lengthIntervals(), 1);
        });
        for (int pass = 0; pass < 2; pass++) {
            forEachShift((a, d) -> {
                var kind = instance.catalog.get(roster.kind[a][d]);
                int skill = roster.skill[a][d];
                int start = instance.startInterval(d, kind);
                if (offsets[a][d] != null) {
                    takeBreaks(kind, skill, start, offsets[a][d], 1);
                }
                offsets[a][d] = new int[kind.breaks()];
                BreakPlacement.best(coverage, kind, skill, start, offsets[a][d]);
                takeBreaks(kind, skill, start, offsets[a][d], -1);
            });
        }
    }

    void takeBreaks(ShiftKind kind, int skill, int start, int[] at, int sign) {
        for (int j = 0; j < at.length; j++) {
            coverage.add(skill, start + at[j], kind.breakLength()[j], sign);
        }
    }

    interface ShiftVisitor {
        void visit(int agent, int day);
    }

    void forEachShift(ShiftVisitor visitor) {
        for (int a = 0; a < roster.kind.length; a++) {
            for (int d = 0; d < instance.days; d++) {
                if (roster.works(a, d)) {
                    visitor.visit(a, d);
                }
            }
        }
    }

    /** {@return the plan as a schedule of named agents} */
    public Schedule toSchedule() {
        var horizon = instance.problem.horizon();
        var skills = instance.problem.skills();
        var shifts = new ArrayList<AssignedShift>();
        forEachShift((a, d) -> {
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
                    instance.problem.agents().get(a).id(),
                    skills.get(roster.skill[a][d]),
                    kind.template().name(),
                    start,
                    kind.lengthMinutes(),
                    breaks));
        });
        return new Schedule(shifts);
    }
}
