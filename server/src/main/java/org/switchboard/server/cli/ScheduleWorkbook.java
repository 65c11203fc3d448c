package org.switchboard.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.evaluation.ScheduleQuality;
import org.switchboard.engine.scheduling.solver.SchedulingOutcome;

/**
 * Writes a schedule as an .xlsx workbook with fastexcel: sheet {@value #SCHEDULE_SHEET} has one row per agent and one
 * column per day (the shift as {@code HH:MM–HH:MM skill}, {@code off}, or {@code leave}); then one sheet per day
 * (named by its ISO date) with one row per agent and one column per interval: the skill worked, {@code break}, or
 * empty; last, sheet {@value #QUALITY_SHEET} with the quality figures of the JSON output.
 */
final class ScheduleWorkbook {

    /** Name of the agent × day sheet. */
    static final String SCHEDULE_SHEET = "Schedule";

    /** Name of the sheet with the quality figures. */
    static final String QUALITY_SHEET = "Quality";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private ScheduleWorkbook() {}

    static void write(SchedulingProblem problem, SchedulingOutcome.Scheduled done, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Switchboard", "1.0");
        writeSchedule(problem, done, workbook.newWorksheet(SCHEDULE_SHEET));
        var horizon = problem.horizon();
        for (int d = 0; d < horizon.days(); d++) {
            writeDay(problem, done, d, workbook.newWorksheet(horizon.firstDay().plusDays(d).toString()));
        }
        writeQuality(done, workbook.newWorksheet(QUALITY_SHEET));
        workbook.finish();
    }

    private static void writeSchedule(SchedulingProblem problem, SchedulingOutcome.Scheduled done, Worksheet sheet) {
        var horizon = problem.horizon();
        sheet.value(0, 0, "agent");
        sheet.value(0, 1, "name");
        for (int d = 0; d < horizon.days(); d++) {
            sheet.value(0, 2 + d, horizon.firstDay().plusDays(d).toString());
        }
        int row = 1;
        for (var agent : problem.agents()) {
            sheet.value(row, 0, agent.id());
            sheet.value(row, 1, agent.name());
            for (int d = 0; d < horizon.days(); d++) {
                var day = horizon.firstDay().plusDays(d);
                var shift = done.schedule().shiftOn(agent.id(), day);
                String cell = shift.map(ScheduleWorkbook::label).orElse(agent.isAvailable(day) ? "off" : "leave");
                sheet.value(row, 2 + d, cell);
            }
            row++;
        }
    }

    private static String label(AssignedShift shift) {
        return TIME.format(shift.start()) + "–" + TIME.format(shift.end()) + " " + shift.skill();
    }

    private static void writeDay(SchedulingProblem problem, SchedulingOutcome.Scheduled done, int day, Worksheet sheet) {
        var horizon = problem.horizon();
        int perDay = horizon.intervalsPerDay();
        sheet.value(0, 0, "agent");
        for (int i = 0; i < perDay; i++) {
            sheet.value(0, 1 + i, TIME.format(horizon.start(day * perDay + i)));
        }
        int row = 1;
        for (var agent : problem.agents()) {
            sheet.value(row, 0, agent.id());
            for (var shift : done.schedule().shiftsOf(agent.id())) {
                for (int i = 0; i < perDay; i++) {
                    var start = horizon.start(day * perDay + i);
                    if (start.isBefore(shift.start()) || !start.isBefore(shift.end())) {
                        continue;
                    }
                    boolean onBreak = shift.breaks().stream()
                            .anyMatch(placed -> !start.isBefore(placed.start()) && start.isBefore(placed.end()));
                    sheet.value(row, 1 + i, onBreak ? "break" : shift.skill());
                }
            }
            row++;
        }
    }

    private static void writeQuality(SchedulingOutcome.Scheduled done, Worksheet sheet) {
        ScheduleQuality quality = done.quality();
        Object[][] rows = {
            {"underStaffedHours", quality.underStaffedHours()},
            {"overStaffedHours", quality.overStaffedHours()},
            {"paidHours", quality.paidHours()},
            {"objective", quality.objective()},
            {"lowerBound", done.lowerBound().value()},
            {"gap", done.gap()},
            {"violations", quality.violations().size()},
            {"seconds", done.seconds()}
        };
        for (int r = 0; r < rows.length; r++) {
            sheet.value(r, 0, (String) rows[r][0]);
            sheet.value(r, 1, (Number) rows[r][1]);
        }
    }
}
