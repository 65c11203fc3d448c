package org.switchboard.engine.scheduling.internal;

import java.util.function.BooleanSupplier;

/**
 * Improves a plan by coordinate descent: each shift in turn is lifted out and put back on the day of its week, as the
 * kind (start, length) and skill, with its cheapest breaks ({@link BreakPlacement}), that lowers the objective most among those that keep
 * every hard rule of its agent ({@link Roster#fits} plus the week's minimum hours). Passes repeat until one improves
 * nothing, the deadline passes or a stop is asked. The objective never rises, so the result is never worse than the
 * plan given.
 */
public final class LocalSearch {

    private static final double HOURS_TOLERANCE = 1e-6;
    private static final double IMPROVEMENT = 1e-9;

    private final Plan plan;
    private final Instance instance;
    private final double paidWeight;

    private LocalSearch(Plan plan) {
        this.plan = plan;
        this.instance = plan.instance;
        this.paidWeight = instance.problem.weights().paidHour();
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
                    if (plan.roster.works(a, d) && search.reconsider(a, d)) {
                        improved = true;
                        changed++;
                    }
                }
                for (int w = 0; w < plan.instance.weeks(); w++) {
                    if (search.reconsiderDaysOff(a, w)) {
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

    /** Lifts one shift and puts back the best choice of day in its week, kind and skill; {@return whether it changed} */
    private boolean reconsider(int agent, int day) {
        var roster = plan.roster;
        int oldKind = roster.kind[agent][day];
        int oldSkill = roster.skill[agent][day];
        lift(agent, day);
        int week = day / 7;
        double minHours = instance.weeks[agent][week].minHours();
        double hoursWithout = roster.weekHours(agent, week);
        var at = new int[instance.catalog.get(oldKind).breaks()];
        double bestCost = cost(oldKind, oldSkill, day, at);
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
                for (int k : instance.agentSkills[agent]) {
                    double cost = cost(c, k, d, trial);
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
     * Tries every other pattern of days off for the agent's week: lifts the week's shifts, puts the same number back
     * on the pattern's working days (each the cheapest fitting kind and skill, in day order) and keeps the result if
     * it costs less and meets the week's minimum hours; {@return whether the week changed}
     */
    private boolean reconsiderDaysOff(int agent, int week) {
        var roster = plan.roster;
        int first = 7 * week;
        int days = instance.daysInWeek(week);
        var kinds = new int[days];
        var skills = new int[days];
        int count = 0;
        for (int d = 0; d < days; d++) {
            kinds[d] = roster.kind[agent][first + d];
            skills[d] = roster.skill[agent][first + d];
            count += kinds[d] >= 0 ? 1 : 0;
        }
        if (count == 0) {
            return false;
        }
        liftWeek(agent, first, days);
        double original = putBack(agent, first, kinds, skills);
        liftWeek(agent, first, days);
        var rules = instance.weeks[agent][week];
        double bestCost = original - IMPROVEMENT;
        boolean[] bestPattern = null;
        for (var pattern : DayOffPatterns.of(rules)) {
            double cost = fill(agent, first, pattern, count);
            boolean enough = roster.weekShifts(agent, week) == count
                    && roster.weekHours(agent, week) >= rules.minHours() - HOURS_TOLERANCE;
            liftWeek(agent, first, days);
            if (enough && cost < bestCost) {
                bestCost = cost;
                bestPattern = pattern;
            }
        }
        if (bestPattern == null) {
            putBack(agent, first, kinds, skills);
            return false;
        }
        fill(agent, first, bestPattern, count);
        return true;
    }

    private void liftWeek(int agent, int first, int days) {
        for (int d = first; d < first + days; d++) {
            if (plan.roster.works(agent, d)) {
                lift(agent, d);
            }
        }
    }

    private double putBack(int agent, int first, int[] kinds, int[] skills) {
        double cost = 0;
        for (int d = 0; d < kinds.length; d++) {
            if (kinds[d] >= 0) {
                cost += cost(kinds[d], skills[d], first + d, new int[instance.catalog.get(kinds[d]).breaks()]);
                put(agent, first + d, kinds[d], skills[d]);
            }
        }
        return cost;
    }

    /** Puts up to {@code count} cheapest fitting shifts on the pattern's working days; {@return their cost} */
    private double fill(int agent, int first, boolean[] pattern, int count) {
        double total = 0;
        int placed = 0;
        for (int d = 0; d < pattern.length && placed < count; d++) {
            if (pattern[d]) {
                continue;
            }
            double bestCost = Double.POSITIVE_INFINITY;
            int bestKind = -1;
            int bestSkill = -1;
            for (int c = 0; c < instance.catalog.size(); c++) {
                if (!plan.roster.fits(agent, first + d, c)) {
                    continue;
                }
                var trial = new int[instance.catalog.get(c).breaks()];
                for (int k : instance.agentSkills[agent]) {
                    double cost = cost(c, k, first + d, trial);
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestKind = c;
                        bestSkill = k;
                    }
                }
            }
            if (bestKind >= 0) {
                total += bestCost;
                put(agent, first + d, bestKind, bestSkill);
                placed++;
            }
        }
        return total;
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
    }
}
