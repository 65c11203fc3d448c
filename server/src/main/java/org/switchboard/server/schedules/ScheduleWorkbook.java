package org.switchboard.server.schedules;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.switchboard.engine.core.SpreadsheetText;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.evaluation.IntervalCoverage;
import org.switchboard.engine.scheduling.evaluation.ScheduleQuality;

/**
 * Writes a schedule as an .xlsx workbook with fastexcel, the one layout of issue 7 for the planning page's export and
 * {@code switchboard schedule --out}: sheet {@value #SCHEDULE_SHEET} with one row per agent ({@code agent_id, name,
 * team}) and one column per day (the shift as {@code 08:00-16:30}, empty on a day off), then one sheet per day (named
 * {@code yyyy-mm-dd}) with one row per interval and skill: required and scheduled agents, under- and over-staffing and
 * the projected service level, as the engine evaluated them. Times are the centre's local times. Agent ids, names,
 * teams and skills come from users' data, so every text cell goes through {@link SpreadsheetText#neutralise} (no
 * formula injection).
 */
public final class ScheduleWorkbook {

    /** Name of the sheet of agents by day. */
    public static final String SCHEDULE_SHEET = "Schedule";

    /** Column headers of the per-day sheets. */
    public static final List<String> DAY_COLUMNS =
            List.of("interval_start", "skill", "required", "scheduled", "under", "over", "service_level");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private ScheduleWorkbook() {}

    /**
     * Writes the workbook of a stored schedule version.
     *
     * @param evaluated the version with its evaluation
     * @param zone the centre's time zone
     * @param appVersion the application's version, for the workbook's properties
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(EvaluatedVersion evaluated, ZoneId zone, String appVersion, OutputStream out)
            throws IOException {
        var run = evaluated.run();
        write(new Content(run.periodStart().datesUntil(run.periodEnd()).toList(), evaluated.agentNames(),
                evaluated.agentTeams(), RosterConversion.toSchedule(evaluated.shifts(), zone), evaluated.quality()),
                appVersion, out);
    }

    /**
     * Writes the workbook of a schedule the engine solved, every day of the problem's horizon.
     *
     * @param problem the problem solved: its horizon and agents
     * @param schedule the schedule
     * @param quality the engine's evaluation of the schedule against the problem
     * @param appVersion the application's version, for the workbook's properties
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(
            SchedulingProblem problem, Schedule schedule, ScheduleQuality quality, String appVersion, OutputStream out)
            throws IOException {
        var horizon = problem.horizon();
        write(new Content(horizon.firstDay().datesUntil(horizon.lastDay().plusDays(1)).toList(),
                problem.agents().stream().collect(Collectors.toMap(Agent::id, Agent::name)),
                problem.agents().stream().collect(Collectors.toMap(Agent::id, Agent::team)), schedule, quality),
                appVersion, out);
    }

    /** What the workbook shows, whichever way the schedule came. */
    private record Content(
            List<LocalDate> days,
            Map<String, String> names,
            Map<String, String> teams,
            Schedule schedule,
            ScheduleQuality quality) {}

    private static void write(Content content, String appVersion, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Switchboard", appVersion);
        scheduleSheet(workbook.newWorksheet(SCHEDULE_SHEET), content);
        var coverageByDay = new TreeMap<LocalDate, List<Row>>();
        for (var skill : content.quality().coverage()) {
            for (var interval : skill.intervals()) {
                coverageByDay.computeIfAbsent(interval.start().toLocalDate(), day -> new ArrayList<>())
                        .add(new Row(skill.skill(), interval));
            }
        }
        for (var day : content.days()) {
            var rows = coverageByDay.getOrDefault(day, List.of()).stream()
                    .sorted(Comparator.comparing((Row row) -> row.interval().start()).thenComparing(Row::skill))
                    .toList();
            daySheet(workbook.newWorksheet(day.toString()), rows);
        }
        workbook.finish();
    }

    private static void scheduleSheet(Worksheet sheet, Content content) {
        var days = content.days();
        header(sheet, 0, "agent_id");
        header(sheet, 1, "name");
        header(sheet, 2, "team");
        for (int d = 0; d < days.size(); d++) {
            header(sheet, 3 + d, days.get(d).toString());
        }
        sheet.freezePane(3, 1);
        var byAgent = new TreeMap<String, Map<LocalDate, AssignedShift>>();
        content.names().keySet().forEach(agent -> byAgent.put(agent, new HashMap<>()));
        for (var shift : content.schedule().shifts()) {
            byAgent.computeIfAbsent(shift.agentId(), agent -> new HashMap<>()).put(shift.day(), shift);
        }
        int row = 1;
        for (var entry : byAgent.entrySet()) {
            var agent = entry.getKey();
            sheet.value(row, 0, SpreadsheetText.neutralise(agent));
            sheet.value(row, 1, SpreadsheetText.neutralise(content.names().getOrDefault(agent, "")));
            sheet.value(row, 2, SpreadsheetText.neutralise(content.teams().getOrDefault(agent, "")));
            for (int d = 0; d < days.size(); d++) {
                var shift = entry.getValue().get(days.get(d));
                if (shift != null) {
                    sheet.value(row, 3 + d, TIME.format(shift.start()) + "-" + TIME.format(shift.end()));
                }
            }
            row++;
        }
    }

    private static void daySheet(Worksheet sheet, List<Row> rows) {
        for (int column = 0; column < DAY_COLUMNS.size(); column++) {
            header(sheet, column, DAY_COLUMNS.get(column));
        }
        sheet.freezePane(0, 1);
        sheet.width(0, 18);
        int row = 1;
        for (var item : rows) {
            var interval = item.interval();
            sheet.value(row, 0, interval.start());
            sheet.style(row, 0).format("yyyy-mm-dd hh:mm").set();
            sheet.value(row, 1, SpreadsheetText.neutralise(item.skill()));
            sheet.value(row, 2, interval.required());
            sheet.value(row, 3, interval.scheduled());
            sheet.value(row, 4, interval.under());
            sheet.value(row, 5, interval.over());
            if (interval.serviceLevel().isPresent()) {
                sheet.value(row, 6, interval.serviceLevel().getAsDouble());
            }
            row++;
        }
    }

    private static void header(Worksheet sheet, int column, String text) {
        sheet.value(0, column, text);
        sheet.style(0, column).bold().set();
    }

    /** One interval of one skill. */
    private record Row(String skill, IntervalCoverage interval) {}
}
