package org.switchboard.server.schedules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Infeasibility;
import org.switchboard.engine.scheduling.RequirementTable;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ServiceForecast;
import org.switchboard.server.schedules.persistence.RuleRepository;
import org.switchboard.server.staffing.StoredRequirements;

/**
 * Builds the engine's scheduling problem of a run: its horizon, its requirement per skill and interval, the forecast
 * behind it when it came from a stored requirement set (for the projected service level), and the stored rules
 * (templates, weights, and the agents with contracts, leave and preferences who have a skill of the requirement). The same inputs serve the solve and every later
 * evaluation of an edited version.
 * The weights of the objective and of the soft goals, and the contracts with their night rules, are the stored ones
 * (edited under {@code /schedules/rules}; V016 adds the soft weights and night rules; V014 seeds 10 per under-staffed
 * agent-hour, 1 per over-staffed agent-hour and 0.5 per paid hour: missing staff weighs most, surplus staff a little
 * more than its pay, so the solver prefers covering demand to saving hours).
 */
@Component
class SchedulingInputs {

    private final RuleRepository rules;
    private final StoredRequirements requirements;
    private final ZoneId zone;

    SchedulingInputs(
            RuleRepository rules, StoredRequirements requirements, @Value("${switchboard.time-zone}") ZoneId zone) {
        this.rules = rules;
        this.requirements = requirements;
        this.zone = zone;
    }

    /** {@return the centre's time zone, in which the engine plans} */
    ZoneId zone() {
        return zone;
    }

    /** {@return the problem of a run planning {@code requirement} over its period} */
    SchedulingProblem problem(ScheduleRun run, List<RequirementPoint> requirement) {
        var needs = table(horizon(run), requirement).requirements();
        var skills = new TreeSet<String>();
        needs.forEach(need -> skills.add(need.skill()));
        var horizon = horizon(run);
        return new SchedulingProblem(
                horizon,
                needs,
                run.requirementSetId().map(id -> forecasts(id, horizon, skills)).orElse(List.of()),
                rules.templates(),
                rules.agents(run.periodStart(), run.periodEnd()).stream()
                        .filter(agent -> agent.skills().stream().anyMatch(skills::contains))
                        .toList(),
                rules.weights());
    }

    /**
     * {@return the gaps of a requirement over a period: runs of intervals of a skill without a row}
     *
     * @throws IllegalArgumentException if a row does not start an interval of the period's grid (the engine's
     *     message names the timestamp, the interval and the period)
     */
    List<Infeasibility> gaps(PlanRequest request) {
        var horizon = new Horizon(request.firstDay(), request.days(), request.intervalMinutes());
        return table(horizon, request.requirement()).gaps();
    }

    private RequirementTable table(Horizon horizon, List<RequirementPoint> requirement) {
        var table = new RequirementTable(horizon);
        for (var point : requirement) {
            table.add(point.start().atZone(zone).toLocalDateTime(), point.skill(), point.agents());
        }
        return table;
    }

    private static Horizon horizon(ScheduleRun run) {
        return new Horizon(
                run.periodStart(),
                (int) ChronoUnit.DAYS.between(run.periodStart(), run.periodEnd()),
                run.intervalMinutes());
    }

    /** The forecast of a stored requirement set per skill, so that the evaluation projects the service level. */
    private List<ServiceForecast> forecasts(long setId, Horizon horizon, TreeSet<String> skills) {
        var set = requirements.set(setId);
        if (set.isEmpty()) {
            return List.of();
        }
        var intervals = requirements.intervals(setId);
        var forecasts = new ArrayList<ServiceForecast>();
        for (var skill : skills) {
            var contacts = new ArrayList<>(Collections.nCopies(horizon.intervals(), 0.0));
            var aht = new ArrayList<>(Collections.nCopies(horizon.intervals(), 1.0));
            for (var interval : intervals) {
                if (skill.equals(RequirementUpload.skillOf(interval.queue())) && interval.ahtSeconds() > 0) {
                    index(horizon, interval.start()).ifPresent(i -> {
                        contacts.set(i, interval.contacts());
                        aht.set(i, interval.ahtSeconds());
                    });
                }
            }
            forecasts.add(new ServiceForecast(
                    skill, contacts, aht, set.get().serviceLevelThreshold(), set.get().model()));
        }
        return forecasts;
    }

    /** The interval of the horizon an instant starts, if it lies on the grid inside the horizon. */
    private Optional<Integer> index(Horizon horizon, Instant start) {
        var local = start.atZone(zone).toLocalDateTime();
        long minutes = horizon.minutesFromStart(local);
        if (minutes < 0 || minutes % horizon.intervalMinutes() != 0) {
            return Optional.empty();
        }
        long index = minutes / horizon.intervalMinutes();
        return index < horizon.intervals() ? Optional.of((int) index) : Optional.empty();
    }

    /** {@return the requirement of a stored set inside a period, per skill (a set's unnamed queue is one skill)} */
    List<RequirementPoint> requirementOf(long setId, LocalDate from, LocalDate to) {
        var first = from.atStartOfDay(zone).toInstant();
        var end = to.atStartOfDay(zone).toInstant();
        return requirements.intervals(setId).stream()
                .filter(interval -> !interval.start().isBefore(first) && interval.start().isBefore(end))
                .map(interval -> new RequirementPoint(
                        interval.start(), RequirementUpload.skillOf(interval.queue()), interval.agents()))
                .toList();
    }
}
