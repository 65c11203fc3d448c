package org.switchboard.engine.scheduling.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.engine.scheduling.evaluation.Fairness;

/**
 * The soft penalty of a roster under {@link Weights} (unmet wishes, deviation of weekends worked and of late shifts
 * from each agent's fair share within its contract), kept per agent so that the improvement can price a change of
 * one agent's shifts: only that agent's unmet wishes and its contract's two deviations move. The counts of an agent are
 * re-read from the roster by {@link #refresh} after each change; the definitions are those of {@link Weights} and
 * {@code ScheduleEvaluator}, which reports the same penalty for the finished schedule.
 */
final class SoftGoals {

    private final Instance instance;
    private final Roster roster;
    private final Weights weights;
    private final boolean active;
    private final int[][] members;
    private final int[] group;
    private final int[] position;
    private final int[][] available;
    private final int[][] weekends;
    private final int[][] lates;
    private final int[] unmet;
    private final boolean[][] startMissed;
    private final boolean[][] dayOffWished;
    private final int[] weekendOf;
    private final int[] partner;

    SoftGoals(Instance instance, Roster roster) {
        this.instance = instance;
        this.roster = roster;
        this.weights = instance.problem.weights();
        this.active = weights.hasSoftGoals();
        var agents = instance.problem.agents();
        var byContract = new LinkedHashMap<String, List<Integer>>();
        for (int a = 0; a < agents.size(); a++) {
            byContract.computeIfAbsent(agents.get(a).contract().name(), name -> new ArrayList<>()).add(a);
        }
        members = byContract.values().stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        group = new int[agents.size()];
        position = new int[agents.size()];
        available = new int[members.length][];
        weekends = new int[members.length][];
        lates = new int[members.length][];
        for (int g = 0; g < members.length; g++) {
            available[g] = new int[members[g].length];
            weekends[g] = new int[members[g].length];
            lates[g] = new int[members[g].length];
            for (int p = 0; p < members[g].length; p++) {
                int a = members[g][p];
                group[a] = g;
                position[a] = p;
                for (int d = 0; d < instance.days; d++) {
                    available[g][p] += instance.available[a][d] ? 1 : 0;
                }
            }
        }
        unmet = new int[agents.size()];
        startMissed = new boolean[agents.size()][instance.catalog.size()];
        dayOffWished = new boolean[agents.size()][instance.days];
        var firstDay = instance.problem.horizon().firstDay();
        for (int a = 0; a < agents.size(); a++) {
            var wishes = agents.get(a).preferences();
            for (int c = 0; c < instance.catalog.size(); c++) {
                int start = instance.catalog.get(c).startMinute();
                startMissed[a][c] = wishes.preferredStart().map(time -> {
                    int distance = Math.abs(time.toSecondOfDay() / 60 - start);
                    return Math.min(distance, 1440 - distance) > Preferences.START_TOLERANCE_MINUTES;
                }).orElse(false);
            }
            for (int d = 0; d < instance.days; d++) {
                dayOffWished[a][d] = wishes.preferredDaysOff().contains(firstDay.plusDays(d).getDayOfWeek());
            }
        }
        weekendOf = new int[instance.days];
        partner = new int[instance.days];
        for (int d = 0; d < instance.days; d++) {
            var day = firstDay.plusDays(d).getDayOfWeek();
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            weekendOf[d] = weekend ? (int) firstDay.plusDays(d).minusDays(day.getValue() - 1L).toEpochDay() : -1;
            int other = day == DayOfWeek.SATURDAY ? d + 1 : d - 1;
            partner[d] = weekend && other >= 0 && other < instance.days ? other : -1;
        }
        if (active) {
            for (int a = 0; a < agents.size(); a++) {
                refresh(a);
            }
        }
    }

    /** {@return whether any soft goal has a positive weight; when not, every price here is 0} */
    boolean active() {
        return active;
    }

    /** Re-reads the agent's weekends worked, late shifts and unmet wishes from the roster. */
    void refresh(int agent) {
        if (!active) {
            return;
        }
        int late = 0;
        int missed = 0;
        int worked = 0;
        int lastWeekend = Integer.MIN_VALUE;
        for (int d = 0; d < instance.days; d++) {
            if (!roster.works(agent, d)) {
                continue;
            }
            int kind = roster.kind[agent][d];
            late += late(kind) ? 1 : 0;
            missed += (startMissed[agent][kind] ? 1 : 0) + (dayOffWished[agent][d] ? 1 : 0);
            if (weekendOf[d] >= 0 && weekendOf[d] != lastWeekend) {
                worked++;
                lastWeekend = weekendOf[d];
            }
        }
        weekends[group[agent]][position[agent]] = worked;
        lates[group[agent]][position[agent]] = late;
        unmet[agent] = missed;
    }

    /** {@return the soft penalty of the whole roster} */
    double total() {
        if (!active) {
            return 0;
        }
        double total = 0;
        for (int g = 0; g < members.length; g++) {
            total += weights.weekendFairness() * Fairness.deviation(weekends[g], available[g])
                    + weights.lateShiftFairness() * Fairness.deviation(lates[g], available[g]);
            for (int a : members[g]) {
                total += weights.preferenceMiss() * unmet[a];
            }
        }
        return total;
    }

    /**
     * {@return the part of the penalty that a change of the agent's shifts can move: its unmet wishes and its
     * contract's deviations} Differences of this value before and after a change (with {@link #refresh} in between)
     * are differences of {@link #total()}.
     */
    double agentPart(int agent) {
        if (!active) {
            return 0;
        }
        int g = group[agent];
        return weights.preferenceMiss() * unmet[agent]
                + weights.weekendFairness() * Fairness.deviation(weekends[g], available[g])
                + weights.lateShiftFairness() * Fairness.deviation(lates[g], available[g]);
    }

    /**
     * {@return the prices of one more shift for the agent in the roster's current state} Computed once, then
     * {@link Prices#of} is cheap for every candidate day and kind.
     */
    Prices prices(int agent) {
        if (!active) {
            return new Prices(agent, 0, 0);
        }
        int g = group[agent];
        int p = position[agent];
        double weekendNow = Fairness.deviation(weekends[g], available[g]);
        double lateNow = Fairness.deviation(lates[g], available[g]);
        weekends[g][p]++;
        lates[g][p]++;
        double weekendStep = Fairness.deviation(weekends[g], available[g]) - weekendNow;
        double lateStep = Fairness.deviation(lates[g], available[g]) - lateNow;
        weekends[g][p]--;
        lates[g][p]--;
        return new Prices(agent, weights.weekendFairness() * weekendStep, weights.lateShiftFairness() * lateStep);
    }

    private boolean late(int kind) {
        return instance.catalog.get(kind).startMinute() >= Fairness.LATE_START_MINUTE;
    }

    /**
     * The change of the soft penalty when the agent takes one more shift.
     *
     * @param agent the agent
     * @param weekendStep weighted change of the weekend deviation when the agent works one weekend more
     * @param lateStep weighted change of the late-shift deviation when the agent works one late shift more
     */
    final class Prices {

        private final int agent;
        private final double weekendStep;
        private final double lateStep;

        private Prices(int agent, double weekendStep, double lateStep) {
            this.agent = agent;
            this.weekendStep = weekendStep;
            this.lateStep = lateStep;
        }

        /** {@return the penalty change of a shift of the kind on the day (0 when no soft goal is weighted)} */
        double of(int day, int kind) {
            if (!active) {
                return 0;
            }
            double price = weights.preferenceMiss()
                    * ((startMissed[agent][kind] ? 1 : 0) + (dayOffWished[agent][day] ? 1 : 0));
            price += late(kind) ? lateStep : 0;
            boolean newWeekend = weekendOf[day] >= 0 && (partner[day] < 0 || !roster.works(agent, partner[day]));
            return price + (newWeekend ? weekendStep : 0);
        }
    }
}
