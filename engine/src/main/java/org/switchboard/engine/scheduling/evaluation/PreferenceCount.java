package org.switchboard.engine.scheduling.evaluation;

import java.time.LocalDate;
import java.util.HashSet;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;

/** Counts the wishes a schedule meets: start times within the tolerance, preferred days of the week off. */
final class PreferenceCount {

    private PreferenceCount() {}

    static PreferenceSatisfaction of(SchedulingProblem problem, Schedule schedule) {
        int startMet = 0;
        int startAsked = 0;
        int dayOffMet = 0;
        int dayOffAsked = 0;
        var horizon = problem.horizon();
        for (var agent : problem.agents()) {
            var wishes = agent.preferences();
            var shifts = schedule.shiftsOf(agent.id());
            if (wishes.preferredStart().isPresent()) {
                int preferred = wishes.preferredStart().get().toSecondOfDay() / 60;
                for (var shift : shifts) {
                    startAsked++;
                    int start = shift.start().toLocalTime().toSecondOfDay() / 60;
                    int distance = Math.abs(start - preferred);
                    startMet += Math.min(distance, 1440 - distance) <= Preferences.START_TOLERANCE_MINUTES ? 1 : 0;
                }
            }
            if (!wishes.preferredDaysOff().isEmpty()) {
                var worked = new HashSet<LocalDate>();
                shifts.forEach(shift -> worked.add(shift.day()));
                for (int d = 0; d < horizon.days(); d++) {
                    var date = horizon.firstDay().plusDays(d);
                    if (wishes.preferredDaysOff().contains(date.getDayOfWeek())) {
                        dayOffAsked++;
                        dayOffMet += worked.contains(date) ? 0 : 1;
                    }
                }
            }
        }
        return new PreferenceSatisfaction(startMet, startAsked, dayOffMet, dayOffAsked);
    }
}
