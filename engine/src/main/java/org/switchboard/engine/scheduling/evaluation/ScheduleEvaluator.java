package org.switchboard.engine.scheduling.evaluation;

import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalDouble;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ServiceForecast;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.staffing.Workload;

/**
 * Evaluates any schedule against its problem: a pure function of its two arguments, cheap enough to call after every
 * manual edit (one pass over the shifts' minutes plus one queueing evaluation per interval with a forecast).
 *
 * <pre>
 *   scheduled(i, k) = Σ over shifts of skill k of (minutes worked in interval i, breaks excluded) / interval minutes
 *   under = Σ_{i,k} max(0, required(i,k) − scheduled(i,k)) × interval hours
 *   over  = Σ_{i,k} max(0, scheduled(i,k) − required(i,k)) × interval hours
 *   paid  = Σ over shifts of (length − unpaid breaks) / 60
 *   objective = w_under × under + w_over × over + w_paid × paid           (issue 7)
 *   softPenalty = w_pref × unmet wishes + w_weekend × weekend deviation + w_late × late-shift deviation
 *             (issue 7 "soft goals ... weighted and reported"; definitions in
 *             {@link org.switchboard.engine.scheduling.Weights})
 *   SL(i,k) = model.evaluate(Workload(contacts, interval, AHT), ⌊scheduled(i,k)⌋, T).serviceLevel()   (wfm.md
 *             "Staffing requirements"; 0 with no agent)
 * </pre>
 * Minutes outside the horizon count in paid hours but not in coverage.
 */
public final class ScheduleEvaluator {

    private ScheduleEvaluator() {}

    /**
     * Evaluates a schedule.
     *
     * @param problem the problem the schedule answers
     * @param schedule any schedule, also one that breaks rules
     * @return the quality figures and every broken hard rule
     */
    public static ScheduleQuality evaluate(SchedulingProblem problem, Schedule schedule) {
        var horizon = problem.horizon();
        var skills = problem.skills();
        var scheduled = new double[skills.size()][horizon.intervals()];
        double paidMinutes = 0;
        for (var shift : schedule.shifts()) {
            paidMinutes += shift.paidMinutes();
            int skill = skills.indexOf(shift.skill());
            if (skill >= 0) {
                addCoverage(horizon, shift, scheduled[skill]);
            }
        }
        var coverage = new ArrayList<SkillCoverage>();
        double under = 0;
        double over = 0;
        double intervalHours = horizon.intervalMinutes() / 60.0;
        for (int k = 0; k < skills.size(); k++) {
            var skillCoverage = coverage(problem, skills.get(k), scheduled[k]);
            for (var interval : skillCoverage.intervals()) {
                under += interval.under() * intervalHours;
                over += interval.over() * intervalHours;
            }
            coverage.add(skillCoverage);
        }
        double paidHours = paidMinutes / 60.0;
        var weights = problem.weights();
        var preferences = PreferenceCount.of(problem, schedule);
        var fairness = FairnessCount.of(problem, schedule);
        return new ScheduleQuality(
                coverage,
                under,
                over,
                paidHours,
                weights.objective(under, over, paidHours),
                weights.softPenalty(preferences.unmet(), fairness.weekendDeviation(), fairness.lateShiftDeviation()),
                preferences,
                fairness,
                new HardRules(problem).violations(schedule));
    }

    /** Adds the worked minutes of a shift (breaks excluded) to the per-interval coverage, as fractions of intervals. */
    static void addCoverage(Horizon horizon, AssignedShift shift, double[] coverage) {
        long start = horizon.minutesFromStart(shift.start());
        addMinutes(horizon, start, start + shift.lengthMinutes(), 1, coverage);
        for (var placed : shift.breaks()) {
            long breakStart = horizon.minutesFromStart(placed.start());
            addMinutes(horizon, breakStart, breakStart + placed.lengthMinutes(), -1, coverage);
        }
    }

    private static void addMinutes(Horizon horizon, long from, long to, int sign, double[] coverage) {
        int step = horizon.intervalMinutes();
        long first = Math.max(0, from);
        long last = Math.min((long) coverage.length * step, to);
        for (long minute = first; minute < last; ) {
            int interval = (int) (minute / step);
            long intervalEnd = (interval + 1L) * step;
            long until = Math.min(intervalEnd, last);
            coverage[interval] += sign * (until - minute) / (double) step;
            minute = until;
        }
    }

    private static SkillCoverage coverage(SchedulingProblem problem, String skill, double[] scheduled) {
        var horizon = problem.horizon();
        var required = problem.requirements().stream()
                .filter(r -> r.skill().equals(skill))
                .findFirst()
                .orElseThrow()
                .agents();
        var forecast = problem.forecast(skill);
        var intervals = new ArrayList<IntervalCoverage>(scheduled.length);
        for (int i = 0; i < scheduled.length; i++) {
            double agents = Math.max(0, scheduled[i]);
            intervals.add(new IntervalCoverage(
                    horizon.start(i), required.get(i), agents, serviceLevel(forecast, horizon, i, agents)));
        }
        Optional<String> omitted = forecast.isPresent()
                ? Optional.empty()
                : Optional.of("no forecast of volume and AHT for skill " + skill);
        return new SkillCoverage(skill, intervals, omitted);
    }

    private static OptionalDouble serviceLevel(
            Optional<ServiceForecast> forecast, Horizon horizon, int interval, double agents) {
        if (forecast.isEmpty() || forecast.get().contacts().get(interval) <= 0) {
            return OptionalDouble.empty();
        }
        var given = forecast.get();
        int staff = (int) Math.floor(agents + 1e-9);
        if (staff < 1) {
            return OptionalDouble.of(0);
        }
        var workload = Workload.of(
                given.contacts().get(interval), horizon.intervalMinutes(), given.ahtSeconds().get(interval));
        return OptionalDouble.of(
                given.model().evaluate(workload, staff, given.serviceLevelThreshold()).serviceLevel());
    }
}
