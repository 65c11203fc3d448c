package org.switchboard.engine.scheduling.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Improves a plan by coordinate descent on the objective plus the soft penalty ({@link SoftGoals}; just the objective
 * when no soft goal is weighted): each shift in turn is lifted out and put back on the day of its week, as the kind
 * (start, length) and skill, with its cheapest breaks ({@link BreakPlacement}), that lowers that sum most among those
 * that keep every hard rule of its agent ({@link Roster#fits} plus the week's minimum hours). A shift that cannot
 * improve so is changed through another agent of the same day ({@code exchange}): this agent takes the other's shift
 * and the other the cheaper kind, which reaches the changes the rest rule forbids to either agent alone. Each
 * agent-week also tries every other pattern of days off, alone, then together with the next week's, then with the next
 * two weeks'. Passes repeat until one improves nothing, the deadline passes or a stop is asked. The objective plus the
 * soft penalty never rises, so the result is never worse than the plan given in that sum (the objective alone may rise
 * when a soft goal gains more than it costs).
 */
public final class LocalSearch {

    private static final double HOURS_TOLERANCE = 1e-6;
    private static final double IMPROVEMENT = 1e-9;

    /** Most exchanges with other agents tried for one shift (each costs two evaluations of the whole coverage). */
    private static final int EXCHANGE_TRIALS = 4;

    private final Plan plan;
    private final Instance instance;
    private final double paidWeight;
    private final SoftGoals soft;

    private LocalSearch(Plan plan) {
        this.plan = plan;
        this.instance = plan.instance;
        this.paidWeight = instance.problem.weights().paidHour();
        this.soft = new SoftGoals(instance, plan.roster);
    }

    /**
     * Improves the plan in place.
     *
     * @param plan the plan
     * @param deadline {@link System#nanoTime()} after which no new pass or shift is tried
     * @param stop whether a stop was asked
     * @param afterPass called after each pass that improved the plan
     * @return the number of shifts changed
     */
    public static int improve(Plan plan, long deadline, BooleanSupplier stop, Runnable afterPass) {
        var search = new LocalSearch(plan);
        int changed = 0;
        boolean improved = true;
        while (improved && System.nanoTime() < deadline && !stop.getAsBoolean()) {
            improved = false;
            for (int a = 0; a < plan.roster.kind.length; a++) {
                for (int d = 0; d < plan.instance.days; d++) {
                    if (plan.roster.works(a, d) && (search.reconsider(a, d) || search.exchange(a, d))) {
                        improved = true;
                        changed++;
                    }
                }
                for (int w = 0; w < plan.instance.weeks(); w++) {
                    if (search.reconsiderDaysOff(a, w, 1)
                            || (w + 1 < plan.instance.weeks() && search.reconsiderDaysOff(a, w, 2))
                            || (w + 2 < plan.instance.weeks() && search.reconsiderDaysOff(a, w, 3))) {
                        improved = true;
                        changed++;
                    }
                }
                if (System.nanoTime() >= deadline || stop.getAsBoolean()) {
                    return changed;
                }
            }
            if (improved) {
                afterPass.run();
            }
        }
        return changed;
    }

    /**
     * Changes the agent's shift on the day through another agent working that day: this agent takes the other's shift
     * (kind and skill) and the other takes a kind and skill cheaper than this agent's old shift, tried in cost order,
     * when both keep every hard rule and their weeks' minimum hours. The day's staffing then changes as if this
     * agent's shift had moved to the new kind, a move the rest rule may forbid to the agent itself (a late shift the
     * day before, an early one the day after). The objective plus the soft penalty is measured before and after
     * (breaks are re-placed on the way) and the exchange undone unless it fell; at most {@link #EXCHANGE_TRIALS}
     * exchanges are tried per shift.
     * {@return whether it changed}
     */
    private boolean exchange(int agent, int day) {
        var roster = plan.roster;
        int oldKind = roster.kind[agent][day];
        int oldSkill = roster.skill[agent][day];
        int[] oldOffsets = plan.offsets[agent][day];
        double before = plan.coverage.total() + soft.total();
        lift(agent, day);
        double current = cost(oldKind, oldSkill, day, new int[instance.catalog.get(oldKind).breaks()]);
        var candidates = new ArrayList<double[]>();
        var fitsAgent = new boolean[instance.catalog.size()];
        for (int c = 0; c < instance.catalog.size(); c++) {
            fitsAgent[c] = fitsWithMinimum(agent, day, c);
            var trial = new int[instance.catalog.get(c).breaks()];
            for (int k = 0; k < instance.required.length; k++) {
                double cost = cost(c, k, day, trial);
                if (cost < current - IMPROVEMENT) {
                    candidates.add(new double[] {cost, c, k});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(candidate -> candidate[0]));
        int trials = 0;
        for (var candidate : candidates) {
            int newKind = (int) candidate[1];
            int newSkill = (int) candidate[2];
            for (int other = 0; other < roster.kind.length && trials < EXCHANGE_TRIALS; other++) {
                if (other == agent || !roster.works(other, day)) {
                    continue;
                }
                int otherKind = roster.kind[other][day];
                int otherSkill = roster.skill[other][day];
                if (!fitsAgent[otherKind] || !hasSkill(agent, otherSkill) || !hasSkill(other, newSkill)
                        || (otherKind == newKind && otherSkill == newSkill)
                        || (otherKind == oldKind && otherSkill == oldSkill)) {
                    continue;
                }
                roster.remove(other, day);
                boolean fits = fitsWithMinimum(other, day, newKind);
                roster.add(other, day, otherKind, otherSkill);
                if (!fits) {
                    continue;
                }
                trials++;
                int[] otherOffsets = plan.offsets[other][day];
                lift(other, day);
                put(agent, day, otherKind, otherSkill);
                put(other, day, newKind, newSkill);
                double paidChange = paidWeight
                        * (instance.catalog.get(newKind).paidMinutes() - instance.catalog.get(oldKind).paidMinutes())
                        / 60.0;
                if (plan.coverage.total() + soft.total() + paidChange < before - IMPROVEMENT) {
                    return true;
                }
                lift(agent, day);
                lift(other, day);
                restore(other, day, otherKind, otherSkill, otherOffsets);
            }
        }
        restore(agent, day, oldKind, oldSkill, oldOffsets);
        return false;
    }

    private boolean fitsWithMinimum(int agent, int day, int kindIndex) {
        int week = day / 7;
        double hours = plan.roster.weekHours(agent, week) + instance.catalog.get(kindIndex).paidMinutes() / 60.0;
        return hours >= instance.weeks[agent][week].minHours() - HOURS_TOLERANCE
                && plan.roster.fits(agent, day, kindIndex);
    }

    private boolean hasSkill(int agent, int skill) {
        for (int k : instance.agentSkills[agent]) {
            if (k == skill) {
                return true;
            }
        }
        return false;
    }

    /** Lifts one shift and puts back the best choice of day in its week, kind and skill; {@return whether it changed} */
    private boolean reconsider(int agent, int day) {
        var roster = plan.roster;
        int oldKind = roster.kind[agent][day];
        int oldSkill = roster.skill[agent][day];
        lift(agent, day);
        int week = day / 7;
        double minHours = instance.weeks[agent][week].minHours();
        double hoursWithout = roster.weekHours(agent, week);
        var prices = soft.prices(agent);
        var at = new int[instance.catalog.get(oldKind).breaks()];
        double bestCost = cost(oldKind, oldSkill, day, at) + prices.of(day, oldKind);
        int bestDay = day;
        int bestKind = oldKind;
        int bestSkill = oldSkill;
        int first = 7 * week;
        for (int d = first; d < first + instance.daysInWeek(week); d++) {
            if (d != day && roster.works(agent, d)) {
                continue;
            }
            for (int c = 0; c < instance.catalog.size(); c++) {
                var kind = instance.catalog.get(c);
                if (hoursWithout + kind.paidMinutes() / 60.0 < minHours - HOURS_TOLERANCE || !roster.fits(agent, d, c)) {
                    continue;
                }
                var trial = new int[kind.breaks()];
                double price = prices.of(d, c);
                for (int k : instance.agentSkills[agent]) {
                    double cost = cost(c, k, d, trial) + price;
                    if (cost < bestCost - IMPROVEMENT) {
                        bestCost = cost;
                        bestDay = d;
                        bestKind = c;
                        bestSkill = k;
                    }
                }
            }
        }
        put(agent, bestDay, bestKind, bestSkill);
        return bestDay != day || bestKind != oldKind || bestSkill != oldSkill;
    }

    /**
     * Tries every other combination of days-off patterns for {@code span} consecutive weeks of the agent from
     * {@code week}: lifts their shifts, puts the same number back in each week on its pattern's working days (each the
     * cheapest fitting kind and skill, in day order) and keeps the result if it costs less and meets every week's
     * minimum hours. Several weeks at once reach the changes the consecutive-day limit forbids to one week alone: days
     * off early in one week and late in the next leave a long run of working days between them, so moving the days off
     * of one week often needs those of the next to move too.
     *
     * <p>The cost of each (day, kind, skill) is computed once, with all the agent's shifts of the span lifted: one
     * agent's shifts never overlap (the rest rule keeps the next start at or after the previous end), so they touch
     * disjoint intervals and the cost of a set of them is the sum of their costs. {@return whether the weeks changed}
     */
    private boolean reconsiderDaysOff(int agent, int week, int span) {
        var roster = plan.roster;
        int first = 7 * week;
        int days = 7 * (span - 1) + instance.daysInWeek(week + span - 1);
        var kinds = new int[days];
        var skills = new int[days];
        var counts = new int[span];
        for (int d = 0; d < days; d++) {
            kinds[d] = roster.kind[agent][first + d];
            skills[d] = roster.skill[agent][first + d];
            counts[d / 7] += kinds[d] >= 0 ? 1 : 0;
        }
        if (Arrays.stream(counts).sum() == 0) {
            return false;
        }
        double original = soft.agentPart(agent);
        liftDays(agent, first, days);
        var prices = soft.prices(agent);
        var options = new ArrayList<List<double[]>>();
        for (int d = 0; d < days; d++) {
            options.add(options(agent, first + d, prices));
            if (kinds[d] >= 0) {
                original += cost(kinds[d], skills[d], first + d, new int[instance.catalog.get(kinds[d]).breaks()]);
            }
        }
        double bestCost = original - IMPROVEMENT;
        List<boolean[]> best = List.of();
        for (var patterns : combinations(agent, week, span)) {
            double cost = place(agent, week, patterns, counts, options, false);
            if (cost < bestCost) {
                bestCost = cost;
                best = patterns;
            }
        }
        if (best.isEmpty()) {
            for (int d = 0; d < days; d++) {
                if (kinds[d] >= 0) {
                    put(agent, first + d, kinds[d], skills[d]);
                }
            }
            return false;
        }
        place(agent, week, best, counts, options, true);
        return true;
    }

    /**
     * {@return every (cost, kind, skill, cost + price of its soft goals alone) the agent could work on the day, lowest
     * cost plus price first; none on a day of leave}
     */
    private List<double[]> options(int agent, int day, SoftGoals.Prices prices) {
        var options = new ArrayList<double[]>();
        if (!instance.available[agent][day]) {
            return options;
        }
        for (int c = 0; c < instance.catalog.size(); c++) {
            var trial = new int[instance.catalog.get(c).breaks()];
            double price = prices.of(day, c);
            for (int k : instance.agentSkills[agent]) {
                double cost = cost(c, k, day, trial);
                options.add(new double[] {cost, c, k, cost + price});
            }
        }
        options.sort(Comparator.comparingDouble(option -> option[3]));
        return options;
    }

    /**
     * Puts each week's count of shifts on its pattern's working days, in day order, each the cheapest option that
     * keeps every hard rule. With {@code commit} the shifts stay (with their breaks placed); else they are only tried on
     * the roster and taken off again. {@return the summed cost plus the agent's part of the soft penalty
     * ({@link SoftGoals#agentPart}) with these shifts, or +∞ when a week's count or minimum hours is not met}
     */
    private double place(
            int agent, int week, List<boolean[]> patterns, int[] counts, List<List<double[]>> options, boolean commit) {
        var roster = plan.roster;
        int first = 7 * week;
        double total = 0;
        boolean enough = true;
        for (int i = 0; i < patterns.size(); i++) {
            var pattern = patterns.get(i);
            int placed = 0;
            for (int d = 0; d < pattern.length && placed < counts[i]; d++) {
                int day = first + 7 * i + d;
                if (pattern[d]) {
                    continue;
                }
                for (var option : options.get(day - first)) {
                    int kind = (int) option[1];
                    if (roster.fits(agent, day, kind)) {
                        if (commit) {
                            put(agent, day, kind, (int) option[2]);
                        } else {
                            roster.add(agent, day, kind, (int) option[2]);
                        }
                        total += option[0];
                        placed++;
                        break;
                    }
                }
            }
            enough &= placed == counts[i]
                    && roster.weekHours(agent, week + i) >= instance.weeks[agent][week + i].minHours() - HOURS_TOLERANCE;
        }
        soft.refresh(agent);
        total += soft.agentPart(agent);
        if (!commit) {
            for (int d = first; d < first + options.size(); d++) {
                roster.remove(agent, d);
            }
            soft.refresh(agent);
        }
        return enough ? total : Double.POSITIVE_INFINITY;
    }

    /** {@return every choice of one days-off pattern per week for the weeks from {@code week}, in week order} */
    private List<List<boolean[]>> combinations(int agent, int week, int span) {
        List<List<boolean[]>> combinations = List.of(List.of());
        for (int w = week; w < week + span; w++) {
            var longer = new ArrayList<List<boolean[]>>();
            for (var prefix : combinations) {
                for (var pattern : DayOffPatterns.of(instance.weeks[agent][w])) {
                    var combination = new ArrayList<>(prefix);
                    combination.add(pattern);
                    longer.add(combination);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    private void liftDays(int agent, int first, int days) {
        for (int d = first; d < first + days; d++) {
            if (plan.roster.works(agent, d)) {
                lift(agent, d);
            }
        }
    }

    private double cost(int kindIndex, int skill, int day, int[] at) {
        var kind = instance.catalog.get(kindIndex);
        int start = instance.startInterval(day, kind);
        var coverage = plan.coverage;
        double span = coverage.delta(skill, start, kind.lengthIntervals(), 1);
        coverage.add(skill, start, kind.lengthIntervals(), 1);
        double breaks = BreakPlacement.best(coverage, kind, skill, start, at);
        coverage.add(skill, start, kind.lengthIntervals(), -1);
        return paidWeight * kind.paidMinutes() / 60.0 + span + breaks;
    }

    private void lift(int agent, int day) {
        var kind = instance.catalog.get(plan.roster.kind[agent][day]);
        int skill = plan.roster.skill[agent][day];
        int start = instance.startInterval(day, kind);
        plan.takeBreaks(kind, skill, start, plan.offsets[agent][day], 1);
        plan.coverage.add(skill, start, kind.lengthIntervals(), -1);
        plan.roster.remove(agent, day);
        soft.refresh(agent);
    }

    /** Puts a shift back exactly as it was, breaks at the given offsets. */
    private void restore(int agent, int day, int kindIndex, int skill, int[] at) {
        var kind = instance.catalog.get(kindIndex);
        int start = instance.startInterval(day, kind);
        plan.roster.add(agent, day, kindIndex, skill);
        plan.coverage.add(skill, start, kind.lengthIntervals(), 1);
        plan.offsets[agent][day] = at;
        plan.takeBreaks(kind, skill, start, at, -1);
        soft.refresh(agent);
    }

    private void put(int agent, int day, int kindIndex, int skill) {
        var kind = instance.catalog.get(kindIndex);
        int start = instance.startInterval(day, kind);
        plan.roster.add(agent, day, kindIndex, skill);
        plan.coverage.add(skill, start, kind.lengthIntervals(), 1);
        var at = new int[kind.breaks()];
        BreakPlacement.best(plan.coverage, kind, skill, start, at);
        plan.offsets[agent][day] = at;
        plan.takeBreaks(kind, skill, start, at, -1);
        soft.refresh(agent);
    }
}
