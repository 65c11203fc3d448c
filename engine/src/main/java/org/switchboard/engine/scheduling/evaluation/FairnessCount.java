package org.switchboard.engine.scheduling.evaluation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;

/** Counts weekends worked and late shifts per agent and reports their spread and their deviation per contract. */
final class FairnessCount {

    private FairnessCount() {}

    static Fairness of(SchedulingProblem problem, Schedule schedule) {
        if (problem.agents().isEmpty()) {
            return new Fairness(0, 0, 0, 0, 0, 0);
        }
        var byContract = new LinkedHashMap<String, List<Agent>>();
        problem.agents().forEach(agent ->
                byContract.computeIfAbsent(agent.contract().name(), name -> new ArrayList<>()).add(agent));
        var horizon = problem.horizon();
        int minWeekends = Integer.MAX_VALUE;
        int maxWeekends = 0;
        int minLate = Integer.MAX_VALUE;
        int maxLate = 0;
        double weekendDeviation = 0;
        double lateDeviation = 0;
        for (var agents : byContract.values()) {
            var weekendCounts = new int[agents.size()];
            var lateCounts = new int[agents.size()];
            var available = new int[agents.size()];
            for (int a = 0; a < agents.size(); a++) {
                var agent = agents.get(a);
                var weekends = new HashSet<Long>();
                int late = 0;
                for (var shift : schedule.shiftsOf(agent.id())) {
                    var day = shift.day().getDayOfWeek();
                    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                        // the Monday-based calendar week of the day identifies its weekend
                        weekends.add(shift.day().minusDays(day.getValue() - 1L).toEpochDay());
                    }
                    late += shift.start().toLocalTime().toSecondOfDay() / 60 >= Fairness.LATE_START_MINUTE ? 1 : 0;
                }
                weekendCounts[a] = weekends.size();
                lateCounts[a] = late;
                available[a] = (int) horizon.firstDay().datesUntil(horizon.firstDay().plusDays(horizon.days()))
                        .filter(agent::isAvailable)
                        .count();
                minWeekends = Math.min(minWeekends, weekends.size());
                maxWeekends = Math.max(maxWeekends, weekends.size());
                minLate = Math.min(minLate, late);
                maxLate = Math.max(maxLate, late);
            }
            weekendDeviation += Fairness.deviation(weekendCounts, available);
            lateDeviation += Fairness.deviation(lateCounts, available);
        }
        return new Fairness(minWeekends, maxWeekends, minLate, maxLate, weekendDeviation, lateDeviation);
    }
}
