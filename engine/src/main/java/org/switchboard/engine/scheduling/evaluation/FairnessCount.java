package org.switchboard.engine.scheduling.evaluation;

import java.time.DayOfWeek;
import java.util.HashSet;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;

/** Counts weekends worked and late shifts per agent and reports their spread. */
final class FairnessCount {

    private FairnessCount() {}

    static Fairness of(SchedulingProblem problem, Schedule schedule) {
        if (problem.agents().isEmpty()) {
            return new Fairness(0, 0, 0, 0);
        }
        int minWeekends = Integer.MAX_VALUE;
        int maxWeekends = 0;
        int minLate = Integer.MAX_VALUE;
        int maxLate = 0;
        for (var agent : problem.agents()) {
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
            minWeekends = Math.min(minWeekends, weekends.size());
            maxWeekends = Math.max(maxWeekends, weekends.size());
            minLate = Math.min(minLate, late);
            maxLate = Math.max(maxLate, late);
        }
        return new Fairness(minWeekends, maxWeekends, minLate, maxLate);
    }
}
