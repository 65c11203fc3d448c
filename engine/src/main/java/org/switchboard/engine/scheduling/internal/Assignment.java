package org.switchboard.engine.scheduling.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.evaluation.Fairness;
import org.switchboard.engine.scheduling.internal.RosterBuilder.Shortfall;

/**
 * Gives the covering model's shifts to named agents, week by week. First each agent gets a pattern of days off (the
 * days where the group needs fewest shifts, steered by wishes, by weekends already worked and by the freedom the
 * pattern leaves to next week's days off under the consecutive-day limit); then, day by day, each
 * shift in start order goes to the eligible agent with the largest remaining weekly minimum, then the best start-time
 * wish, then the fewest late shifts. An agent still below a weekly minimum at the end of the week gets the extra shift
 * that costs least on the current coverage among those that keep the minimum within reach, or else has one of its
 * shifts lengthened. Every shift passes {@link Roster#fits}, so no hard rule is ever broken.
 */
final class Assignment {

    /**
     * Weight of one working day at the end of a week, as a share of the week's mean shifts needed per day. Chosen on
     * the issue-7 benchmark (gap after improvement: 0.3 → 2.17 %, 0.6 → 2.00 %, 1.5 to 10 → 1.97 %).
     */
    private static final double LOOKAHEAD_SHARE = 2.0;

    private static final double HOURS_TOLERANCE = 1e-6;

    private final Instance instance;
    private final Roster roster;
    private final Coverage coverage;
    private final int[] weekends;
    private final int[] lateShifts;
    private final double longestPaidHours;

    private Assignment(Instance instance) {
        this.instance = instance;
        this.roster = new Roster(instance);
        this.coverage = new Coverage(instance);
        int agents = instance.problem.agents().size();
        this.weekends = new int[agents];
        this.lateShifts = new int[agents];
        this.longestPaidHours =
                instance.catalog.kinds().stream().mapToInt(ShiftKind::paidMinutes).max().orElse(0) / 60.0;
    }

    /**
     * Builds a roster from shift counts.
     *
     * @return the roster, or the agent and week whose minimum could not be met
     */
    static Result assign(Instance instance, int[][][] counts) {
        var assignment = new Assignment(instance);
        for (int w = 0; w < instance.weeks(); w++) {
            var off = assignment.daysOff(w, counts);
            for (int d = 7 * w; d < 7 * w + instance.daysInWeek(w); d++) {
                for (int g = 0; g < instance.groups.size(); g++) {
                    assignment.fillDay(g, d, counts[g][d], off);
                }
            }
            var shortfall = assignment.topUp(w, off);
            if (shortfall.isPresent()) {
                return new Result(assignment.roster, shortfall);
            }
            assignment.countWeekends(w);
        }
        return new Result(assignment.roster, Optional.empty());
    }

    /** The roster and, if the weekly minimum of an agent could not be met, that agent and week. */
    record Result(Roster roster, Optional<Shortfall> shortfall) {}

    private boolean[][] daysOff(int week, int[][][] counts) {
        var off = new boolean[instance.problem.agents().size()][];
        int first = 7 * week;
        for (int g = 0; g < instance.groups.size(); g++) {
            var group = instance.groups.get(g);
            var need = new int[instance.daysInWeek(week)];
            for (int d = 0; d < need.length; d++) {
                need[d] = Arrays.stream(counts[g][first + d]).sum();
            }
            var order = Arrays.stream(group.agents()).boxed()
                    .sorted(Comparator.<Integer>comparingInt(a -> -runBefore(a, first))
                            .thenComparingInt(a -> -weekends[a])
                            .thenComparingInt(a -> -instance.problem.agents().get(a).seniority()))
                    .toList();
            double lookahead = week + 1 < instance.weeks()
                    ? LOOKAHEAD_SHARE * Arrays.stream(need).average().orElse(0)
                    : 0;
            for (int a : order) {
                var pattern = bestPattern(a, week, need, lookahead);
                off[a] = pattern;
                for (int d = 0; d < need.length; d++) {
                    need[d] -= pattern[d] || !instance.available[a][first + d] ? 0 : 1;
                }
            }
        }
        return off;
    }

    /**
     * The pattern whose working days need most shifts, with a half for each wished day off and a tenth per weekend
     * worked for each weekend day off; patterns that break the consecutive-day limit lose 1 000, and each working day
     * at the end of the week loses {@code lookahead} (zero in the last week). With a limit of L consecutive days and t
     * working days at the end of this week, next week's days off must start within its first L − t days: a pattern
     * that ends the week working narrows every later week's choice, for the assignment and for the improvement.
     */
    private boolean[] bestPattern(int agent, int week, int[] need, double lookahead) {
        var rules = instance.weeks[agent][week];
        var wishes = instance.problem.agents().get(agent).preferences().preferredDaysOff();
        int first = 7 * week;
        int maxRun = instance.problem.agents().get(agent).contract().maxConsecutiveDays();
        boolean[] best = new boolean[rules.days()];
        double bestScore = Double.NEGATIVE_INFINITY;
        for (var pattern : DayOffPatterns.of(rules)) {
            double score = 0;
            int run = runBefore(agent, first);
            int longest = 0;
            for (int d = 0; d < pattern.length; d++) {
                boolean works = !pattern[d] && instance.available[agent][first + d];
                run = works ? run + 1 : 0;
                longest = Math.max(longest, run);
                var date = instance.problem.horizon().firstDay().plusDays(first + d);
                score += works ? need[d] : 0;
                score += pattern[d] && wishes.contains(date.getDayOfWeek()) ? 0.5 : 0;
                score += pattern[d] && date.getDayOfWeek().getValue() >= 6 ? 0.1 * weekends[agent] : 0;
            }
            score -= longest > maxRun ? 1000 : 0;
            score -= lookahead * run;
            if (score > bestScore) {
                bestScore = score;
                best = pattern;
            }
        }
        return best;
    }

    private int runBefore(int agent, int day) {
        int run = 0;
        for (int d = day - 1; roster.works(agent, d); d--) {
            run++;
        }
        return run;
    }

    private void fillDay(int g, int day, int[] counts, boolean[][] off) {
        var group = instance.groups.get(g);
        int skills = group.skills().length;
        var slots = new ArrayList<int[]>();
        for (int index = 0; index < counts.length; index++) {
            for (int n = 0; n < counts[index]; n++) {
                slots.add(new int[] {index / skills, group.skills()[index % skills]});
            }
        }
        slots.sort(Comparator.comparingInt(slot -> instance.catalog.get(slot[0]).startMinute()));
        int week = day / 7;
        for (var slot : slots) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int a : group.agents()) {
                if (off[a][day - 7 * week] || !roster.fits(a, day, slot[0])) {
                    continue;
                }
                double score = score(a, week, slot[0]);
                if (score > bestScore) {
                    bestScore = score;
                    best = a;
                }
            }
            if (best >= 0) {
                give(best, day, slot[0], slot[1]);
            }
        }
    }

    private double score(int agent, int week, int kindIndex) {
        var kind = instance.catalog.get(kindIndex);
        double deficit = instance.weeks[agent][week].minHours() - roster.weekHours(agent, week);
        double score = deficit;
        var preferred = instance.problem.agents().get(agent).preferences().preferredStart();
        if (preferred.isPresent()) {
            int distance = Math.abs(preferred.get().toSecondOfDay() / 60 - kind.startMinute());
            score += Math.min(distance, 1440 - distance) <= Preferences.START_TOLERANCE_MINUTES ? 0.5 : 0;
        }
        if (kind.startMinute() >= Fairness.LATE_START_MINUTE) {
            score -= 0.05 * lateShifts[agent];
        }
        return score;
    }

    private void give(int agent, int day, int kindIndex, int skill) {
        roster.add(agent, day, kindIndex, skill);
        var kind = instance.catalog.get(kindIndex);
        coverage.add(skill, instance.startInterval(day, kind), kind.lengthIntervals(), 1);
        lateShifts[agent] += kind.startMinute() >= Fairness.LATE_START_MINUTE ? 1 : 0;
    }

    private void take(int agent, int day) {
        var kind = instance.catalog.get(roster.kind[agent][day]);
        coverage.add(roster.skill[agent][day], instance.startInterval(day, kind), kind.lengthIntervals(), -1);
        lateShifts[agent] -= kind.startMinute() >= Fairness.LATE_START_MINUTE ? 1 : 0;
        roster.remove(agent, day);
    }

    /**
     * Tops up every agent below a weekly minimum, first on the working days of the agent's pattern (which keeps the
     * days-off rule whatever the choice), then on any day the rules allow, and when no further shift keeps the minimum
     * within reach, by lengthening one of the agent's shifts. A top-up never takes a shift after which the minimum is
     * out of reach (see {@link #withinReach}): the cheapest shift may be too short to be made up for in the days left.
     * Whenever the top-up without that test met the minimum, every shift it took kept the minimum within reach, so it
     * makes the same choices.
     */
    private Optional<Shortfall> topUp(int week, boolean[][] off) {
        for (int a = 0; a < instance.problem.agents().size(); a++) {
            while (!roster.minimumMet(a, week)) {
                if (!addCheapest(a, week, off[a])
                        && !addCheapest(a, week, new boolean[off[a].length])
                        && !lengthenCheapest(a, week)) {
                    return Optional.of(new Shortfall(a, week));
                }
            }
        }
        return Optional.empty();
    }

    private boolean addCheapest(int agent, int week, boolean[] excluded) {
        var skills = instance.agentSkills[agent];
        double paid = instance.problem.weights().paidHour();
        double hours = roster.weekHours(agent, week);
        int shifts = roster.weekShifts(agent, week);
        int freeAfter = freeDays(agent, week) - 1;
        double bestCost = Double.POSITIVE_INFINITY;
        int[] best = new int[0];
        for (int d = 7 * week; d < 7 * week + instance.daysInWeek(week); d++) {
            for (int c = 0; c < instance.catalog.size(); c++) {
                if (excluded[d - 7 * week] || !roster.fits(agent, d, c)) {
                    continue;
                }
                var kind = instance.catalog.get(c);
                if (!withinReach(agent, week, hours + kind.paidMinutes() / 60.0, shifts + 1, freeAfter)) {
                    continue;
                }
                for (int k : skills) {
                    double cost = coverage.delta(k, instance.startInterval(d, kind), kind.lengthIntervals(), 1)
                            + paid * kind.paidMinutes() / 60.0;
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = new int[] {d, c, k};
                    }
                }
            }
        }
        if (best.length == 0) {
            return false;
        }
        give(agent, best[0], best[1], best[2]);
        return true;
    }

    /**
     * Replaces one of the agent's shifts in the week by a longer paid one on the same day, the change that costs least
     * on the current coverage among those that keep the minimum within reach.
     */
    private boolean lengthenCheapest(int agent, int week) {
        double paid = instance.problem.weights().paidHour();
        int shifts = roster.weekShifts(agent, week);
        int free = freeDays(agent, week);
        double bestCost = Double.POSITIVE_INFINITY;
        int[] best = new int[0];
        for (int d = 7 * week; d < 7 * week + instance.daysInWeek(week); d++) {
            if (!roster.works(agent, d)) {
                continue;
            }
            int oldKind = roster.kind[agent][d];
            int oldSkill = roster.skill[agent][d];
            var old = instance.catalog.get(oldKind);
            double removal = coverage.delta(oldSkill, instance.startInterval(d, old), old.lengthIntervals(), -1)
                    - paid * old.paidMinutes() / 60.0;
            take(agent, d);
            double hoursWithout = roster.weekHours(agent, week);
            for (int c = 0; c < instance.catalog.size(); c++) {
                var kind = instance.catalog.get(c);
                if (kind.paidMinutes() <= old.paidMinutes()
                        || !roster.fits(agent, d, c)
                        || !withinReach(agent, week, hoursWithout + kind.paidMinutes() / 60.0, shifts, free)) {
                    continue;
                }
                for (int k : instance.agentSkills[agent]) {
                    double cost = removal
                            + coverage.delta(k, instance.startInterval(d, kind), kind.lengthIntervals(), 1)
                            + paid * kind.paidMinutes() / 60.0;
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = new int[] {d, c, k};
                    }
                }
            }
            give(agent, d, oldKind, oldSkill);
        }
        if (best.length == 0) {
            return false;
        }
        take(agent, best[0]);
        give(agent, best[0], best[1], best[2]);
        return true;
    }

    /** {@return the days of the week the agent is available and has no shift yet} */
    private int freeDays(int agent, int week) {
        int free = 0;
        for (int d = 7 * week; d < 7 * week + instance.daysInWeek(week); d++) {
            free += instance.available[agent][d] && !roster.works(agent, d) ? 1 : 0;
        }
        return free;
    }

    /**
     * Whether an agent with {@code hours} paid hours and {@code shifts} shifts in the week and {@code free} days of it
     * still free could reach the week's minimum at all: at most n = min(maxShifts − shifts, free) more shifts fit, each
     * of at most the longest paid length of any kind, so the minimum is out of reach when n &lt; minShifts − shifts or
     * hours + n × longest &lt; minHours. This is an upper bound (rest, days-off and consecutive-day rules only lower
     * it), so a roster judged out of reach can never be completed by adding shifts.
     */
    private boolean withinReach(int agent, int week, double hours, int shifts, int free) {
        var rules = instance.weeks[agent][week];
        int further = Math.max(0, Math.min(rules.maxShifts() - shifts, free));
        return further >= rules.minShifts() - shifts
                && hours + further * longestPaidHours >= rules.minHours() - HOURS_TOLERANCE;
    }

    private void countWeekends(int week) {
        for (int a = 0; a < weekends.length; a++) {
            boolean worked = false;
            for (int d = 7 * week; d < 7 * week + instance.daysInWeek(week); d++) {
                int dayOfWeek = instance.problem.horizon().firstDay().plusDays(d).getDayOfWeek().getValue();
                worked |= dayOfWeek >= 6 && roster.works(a, d);
            }
            weekends[a] += worked ? 1 : 0;
        }
    }
}
