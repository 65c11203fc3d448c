package org.switchboard.server.schedules.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.switchboard.engine.core.SpreadsheetText;
import org.switchboard.server.schedules.EvaluatedVersion;
import org.switchboard.server.schedules.RosterShift;

/**
 * Writes a schedule version as an .xlsx workbook with fastexcel: sheet {@value #SCHEDULE_SHEET} with one row per agent
 * and one column per day (the shift as {@code 08:00-16:30}, empty on a day off), then one sheet per day (named
 * {@code yyyy-mm-dd}) with one row per interval and skill: required and scheduled agents and the projected service
 * level, as the engine evaluated them. Times are local to the centre's zone. Agent names, teams and template names come
 * from users' data, so every text cell goes through {@link SpreadsheetText#neutralise} (no formula injection).
 */
public final class ScheduleWorkbook {

    /** Name of the sheet of agents by day. */
    public static final String SCHEDULE_SHEET = "Schedule";

    /** Column headers of the per-day sheets. */
    public static final List<String> DAY_COLUMNS =
            List.of("interval_start", "skill", "required", "scheduled", "under", "over", "service_level");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ScheduleWorkbook() {}

    /**
     * Writes the workbook.
     *
     * @param evaluated the version with its evaluation
     * @param zone the centre's time zone
     * @param appVersion the application's version, for the workbook's properties
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(EvaluatedVersion evaluated, ZoneId zone, String appVersion, OutputStream out)
            throws IOException {
        var workbook = new Workbook(out, "Switchboard", appVersion);
        var run = evaluated.run();
        var days = run.periodStart().datesUntil(run.periodEnd()).toList();
        scheduleSheet(workbook.newWorksheet(SCHEDULE_SHEET), evaluated, days, zone);
        var coverageByDay = new TreeMap<LocalDate, List<Row>>();
        for (var skill : evaluated.quality().coverage()) {
            for (var interval : skill.intervals()) {
                coverageByDay.computeIfAbsent(interval.start().toLocalDate(), day -> new ArrayList<>())
                        .add(new Row(skill.skill(), interval));
            }
        }
        for (var day : days) {
            var rows = coverageByDay.getOrDefault(day, List.of()).stream()
                    .sorted(Comparator.comparing((Row row) -> row.interval().start()).thenComparing(Row::skill))
                    .toList();
            daySheet(workbook.newWorksheet(day.toString()), rows);
        }
        workbook.finish();
    }

    private static void scheduleSheet(Worksheet sheet, EvaluatedVersion evaluated, List<LocalDate> days, ZoneId zone) {
        header(sheet, 0, "agent_id");
        header(sheet, 1, "name");
        header(sheet, 2, "team");
        for (int d = 0; d < days.size(); d++) {
            header(sheet, 3 + d, days.get(d).toString());
        }
        sheet.freezePane(3, 1);
        var byAgent = new TreeMap<String, Map<LocalDate, RosterShift>>();
        evaluated.agentNames().keySet().forEach(agent -> byAgent.put(agent, new HashMap<>()));
        for (var shift : evaluated.shifts()) {
            byAgent.computeIfAbsent(shift.agentId(), agent -> new HashMap<>()).put(shift.day(), shift);
        }
        int row = 1;
        for (var entry : byAgent.entrySet()) {
            var agent = entry.getKey();
            sheet.value(row, 0, SpreadsheetText.neutralise(agent));
            sheet.value(row, 1, SpreadsheetText.neutralise(evaluated.agentNames().getOrDefault(agent, "")));
            sheet.value(row, 2, SpreadsheetText.neutralise(evaluated.agentTeams().getOrDefault(agent, "")));
            for (int d = 0; d < days.size(); d++) {
                var shift = entry.getValue().get(days.get(d));
                if (shift != null) {
                    sheet.value(row, 3 + d, TIME.format(shift.start().atZone(zone)) + "-"
                            + TIME.format(shift.end().atZone(zone)));
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
    private record Row(String skill, org.switchboard.engine.scheduling.evaluation.IntervalCoverage interval) {}
}
