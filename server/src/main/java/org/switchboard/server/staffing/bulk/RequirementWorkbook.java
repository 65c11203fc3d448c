package org.switchboard.server.staffing.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.switchboard.engine.core.SpreadsheetText;

/**
 * Writes a requirement set as an .xlsx workbook with fastexcel: sheet {@value #REQUIREMENT_SHEET}, one row per
 * interval and queue, and sheet {@value #PARAMETERS_SHEET}, one row per parameter. The column headers of the
 * requirement sheet are fixed machine names ({@code interval_start}, {@code queue}, {@code contacts},
 * {@code aht_seconds}, ...) so that the sheet can be uploaded again as a forecast; interval starts are local times
 * of the centre's zone, shares are fractions 0–1 and times seconds; a figure that does not exist is an empty cell.
 */
final class RequirementWorkbook {

    /** Name of the sheet with the intervals. */
    static final String REQUIREMENT_SHEET = "Requirement";

    /** Name of the sheet with the parameters. */
    static final String PARAMETERS_SHEET = "Parameters";

    /** Column headers of the requirement sheet. */
    static final List<String> COLUMNS = List.of(
            "interval_start", "queue", "contacts", "aht_seconds", "agents", "fte", "service_level", "asa_seconds",
            "abandon_rate", "occupancy");

    private RequirementWorkbook() {}

    static void write(RequirementSet set, List<RequirementInterval> intervals, ZoneId zone, String appVersion,
            OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Switchboard", appVersion);
        requirementSheet(workbook.newWorksheet(REQUIREMENT_SHEET), intervals, zone);
        parametersSheet(workbook.newWorksheet(PARAMETERS_SHEET), set, zone);
        workbook.finish();
    }

    private static void requirementSheet(Worksheet sheet, List<RequirementInterval> intervals, ZoneId zone) {
        for (int column = 0; column < COLUMNS.size(); column++) {
            sheet.value(0, column, COLUMNS.get(column));
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        sheet.width(0, 18);
        int row = 1;
        for (var interval : intervals) {
            sheet.value(row, 0, LocalDateTime.ofInstant(interval.start(), zone));
            sheet.style(row, 0).format("yyyy-mm-dd hh:mm").set();
            sheet.value(row, 1, SpreadsheetText.neutralise(interval.queue()));
            sheet.value(row, 2, interval.contacts());
            sheet.value(row, 3, interval.ahtSeconds());
            sheet.value(row, 4, interval.agents());
            sheet.value(row, 5, interval.fte());
            optional(sheet, row, 6, interval.serviceLevel());
            optional(sheet, row, 7, interval.asaSeconds());
            optional(sheet, row, 8, interval.abandonRate());
            optional(sheet, row, 9, interval.occupancy());
            row++;
        }
    }

    private static void parametersSheet(Worksheet sheet, RequirementSet set, ZoneId zone) {
        sheet.value(0, 0, "parameter");
        sheet.value(0, 1, "value");
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        sheet.width(0, 20);
        sheet.width(1, 32);
        int row = 1;
        row = pair(sheet, row, "name", set.name());
        row = pair(sheet, row, "source-file", set.sourceFile());
        row = pair(sheet, row, "created-at", set.createdAt().toString());
        row = pair(sheet, row, "created-by", set.createdBy());
        row = pair(sheet, row, "time-zone", zone.getId());
        for (var entry : set.parameters().entries().entrySet()) {
            row = pair(sheet, row, entry.getKey(), entry.getValue());
        }
    }

    private static int pair(Worksheet sheet, int row, String key, String value) {
        sheet.value(row, 0, key);
        sheet.value(row, 1, SpreadsheetText.neutralise(value));
        return row + 1;
    }

    private static void optional(Worksheet sheet, int row, int column, OptionalDouble value) {
        if (value.isPresent()) {
            sheet.value(row, column, value.getAsDouble());
        }
    }
}
