package org.switchboard.server.schedules;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.ShiftPattern;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.schedules.export.ScheduleCalendar;

/**
 * The demo's schedule (runs after the demo data is loaded, once per data folder): plans the first week of the demo
 * centre with the solver, makes one manual edit, publishes the result and exports it to
 * {@code <data-dir>/demo/schedule/} ({@code schedule.xlsx} and one {@code .ics} per agent), so that the planning
 * and adherence pages have something to show.
 *
 * <p>The demo's agents and the generator's rota: agents {@code A001}, {@code A002}, … are numbered through the teams of
 * {@link DemoSpec#standard()} in order, each with the team's weekly shift pattern, and their agent-state events follow
 * that rota. So that adherence is meaningful, each agent prefers the pattern's start time and days off, and the days
 * the pattern does not work are leave; the requirement is the staffing the rota gives per interval (agents on shift,
 * by each agent's first skill), within the centre's opening hours as the generator clips shifts to them. The solver
 * then plans the agents on the days they really worked; start times and breaks are the solver's.
 */
@Component
@Order(20)
class DemoSchedule implements ApplicationRunner {

    /** The requirement label of the demo's run, which marks the demo schedule as made. */
    static final String LABEL = "Demo centre rota, first week";

    private static final Logger log = LoggerFactory.getLogger(DemoSchedule.class);
    private static final int DAYS = 7;
    private static final int INTERVAL_MINUTES = 15;
    private static final Duration SHORTEST_SHIFT = Duration.ofHours(2);

    private final SchedulePlanning planning;
    private final SchedulingRules rules;
    private final MessageSource messages;
    private final boolean enabled;
    private final int timeLimitSeconds;
    private final Path folder;
    private final ZoneId zone;

    DemoSchedule(
            SchedulePlanning planning,
            SchedulingRules rules,
            MessageSource messages,
            @Value("${switchboard.demo.enabled:false}") boolean enabled,
            @Value("${switchboard.demo.schedule-seconds:5}") int timeLimitSeconds,
            @Value("${switchboard.data-dir}") Path dataDirectory,
            @Value("${switchboard.time-zone}") ZoneId zone) {
        this.planning = planning;
        this.rules = rules;
        this.messages = messages;
        this.enabled = enabled;
        this.timeLimitSeconds = timeLimitSeconds;
        this.folder = dataDirectory.resolve("demo").resolve("schedule");
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!enabled || planning.latestRuns(Integer.MAX_VALUE).stream()
                .anyMatch(run -> run.requirementLabel().equals(LABEL))) {
            return;
        }
        var spec = DemoSpec.standard();
        var patterns = patterns(spec);
        var first = spec.start();
        rules.enrolAgents();
        patterns.forEach((agent, pattern) -> rules.describe(agent, preferences(pattern),
                first.datesUntil(first.plusDays(DAYS)).filter(day -> !pattern.worksOn(spec.runsAs(day))).toList()));
        var request = new PlanRequest(LABEL, Optional.empty(), first, DAYS, INTERVAL_MINUTES, timeLimitSeconds,
                requirement(spec, patterns));
        long runId = planning.start(request, AuditLog.SYSTEM_ACTOR);
        var run = planning.awaitEnd(runId);
        var versions = planning.versions(runId);
        if (versions.isEmpty()) {
            log.warn("The demo schedule could not be made: run {} ended {} ({})", runId, run.status(),
                    planning.problems(runId));
            return;
        }
        var version = versions.getFirst();
        long published = oneEdit(version).map(edit -> planning.edit(version.id(), edit, AuditLog.SYSTEM_ACTOR))
                .orElse(version.id());
        planning.publish(published, AuditLog.SYSTEM_ACTOR);
        export(published);
        log.info("Demo schedule: run {} ({}), version {} published with objective {}, gap {}; exports in {}", runId,
                run.status(), published, version.figures().objective(), version.figures().gap(), folder);
    }

    /** The first move of a shift by 30 minutes (later, else earlier) that keeps every hard rule. */
    private Optional<ScheduleEdit> oneEdit(ScheduleVersion version) {
        for (var shift : planning.shifts(version.id())) {
            for (int minutes : new int[] {30, -30}) {
                var edit = new ScheduleEdit.MoveShift(shift.agentId(), shift.day(), minutes);
                if (planning.previewEdit(version.id(), edit).violations() == 0) {
                    return Optional.of(edit);
                }
            }
        }
        return Optional.empty();
    }

    private void export(long versionId) {
        var evaluated = planning.evaluate(versionId);
        var stamp = evaluated.version().publishedAt().orElse(evaluated.version().createdAt());
        var labels = new ScheduleCalendar.Labels(
                messages.getMessage("schedules.calendar.shift", null, Locale.ENGLISH),
                messages.getMessage("schedules.calendar.paid-break", null, Locale.ENGLISH),
                messages.getMessage("schedules.calendar.unpaid-break", null, Locale.ENGLISH));
        var byAgent = new LinkedHashMap<String, List<RosterShift>>();
        evaluated.shifts().forEach(shift -> byAgent.computeIfAbsent(shift.agentId(), id -> new ArrayList<>()).add(shift));
        try {
            Files.createDirectories(folder.resolve("calendars"));
            try (OutputStream out = Files.newOutputStream(folder.resolve("schedule.xlsx"))) {
                ScheduleWorkbook.write(evaluated, zone, "1.0", out);
            }
            for (var entry : byAgent.entrySet()) {
                try (Writer out = Files.newBufferedWriter(
                        folder.resolve("calendars").resolve(entry.getKey() + ".ics"), StandardCharsets.UTF_8)) {
                    ScheduleCalendar.write(versionId, stamp, entry.getValue(), labels, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo schedule to " + folder, e);
        }
    }

    /** The demo's agents and their weekly patterns: A001, A002, … through the teams in spec order. */
    private static Map<String, ShiftPattern> patterns(DemoSpec spec) {
        var patterns = new LinkedHashMap<String, ShiftPattern>();
        for (var team : spec.teams()) {
            for (var pattern : team.agentShifts()) {
                patterns.put("A%03d".formatted(patterns.size() + 1), pattern);
            }
        }
        return patterns;
    }

    private static Preferences preferences(ShiftPattern pattern) {
        var off = EnumSet.allOf(DayOfWeek.class);
        off.removeAll(pattern.workingDays());
        return new Preferences(Optional.of(pattern.start()), off);
    }

    /** Agents on shift per interval and first skill, with shifts clipped to the opening hours as the generator does. */
    private List<RequirementPoint> requirement(DemoSpec spec, Map<String, ShiftPattern> patterns) {
        var skills = new HashMap<String, String>();
        int index = 0;
        for (var team : spec.teams()) {
            for (int i = 0; i < team.agentShifts().size(); i++) {
                skills.put("A%03d".formatted(++index), team.skills().iterator().next());
            }
        }
        var points = new ArrayList<RequirementPoint>();
        for (var day : spec.start().datesUntil(spec.start().plusDays(DAYS)).toList()) {
            var hours = spec.hoursOn(day);
            var counts = new LinkedHashMap<String, int[]>();
            skills.values().stream().distinct().sorted().forEach(skill -> counts.put(skill, new int[1440 / INTERVAL_MINUTES]));
            patterns.forEach((agent, pattern) -> {
                if (!pattern.worksOn(spec.runsAs(day))) {
                    return;
                }
                var from = later(pattern.start(), hours.open());
                var to = earlier(pattern.end(), hours.close());
                if (Duration.between(from, to).compareTo(SHORTEST_SHIFT) < 0) {
                    return;
                }
                var slots = counts.get(skills.get(agent));
                for (int minute = from.toSecondOfDay() / 60; minute < to.toSecondOfDay() / 60; minute += INTERVAL_MINUTES) {
                    slots[minute / INTERVAL_MINUTES]++;
                }
            });
            counts.forEach((skill, slots) -> {
                for (int slot = 0; slot < slots.length; slot++) {
                    points.add(new RequirementPoint(
                            day.atTime(LocalTime.ofSecondOfDay(slot * INTERVAL_MINUTES * 60L)).atZone(zone).toInstant(),
                            skill, slots[slot]));
                }
            });
        }
        return points;
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
