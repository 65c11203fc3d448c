package org.switchboard.server.kpi;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.switchboard.engine.core.SpreadsheetText;

/**
 * Writes {@link ExportTable}s: several as one .xlsx workbook (fastexcel, one sheet each), one as a UTF-8 CSV file
 * (fastcsv). Text cells that a spreadsheet would read as a formula are neutralised ({@link SpreadsheetText}), in both
 * formats; numbers are written as numbers.
 */
public final class ExportWriters {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExportWriters() {}

    /** Writes the tables as a workbook, one sheet per table. */
    public static void xlsx(List<ExportTable> tables, String appVersion, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Switchboard", appVersion);
        for (var table : tables) {
            var sheet = workbook.newWorksheet(table.name());
            for (int column = 0; column < table.columns().size(); column++) {
                sheet.value(0, column, table.columns().get(column));
                sheet.style(0, column).bold().set();
            }
            sheet.freezePane(0, 1);
            int row = 1;
            for (var cells : table.rows()) {
                for (int column = 0; column < cells.size(); column++) {
                    switch (cells.get(column)) {
                        case null -> { }
                        case Number number -> sheet.value(row, column, number);
                        case LocalDateTime time -> {
                            sheet.value(row, column, time);
                            sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
                        }
                        case Object text -> sheet.value(row, column, SpreadsheetText.neutralise(text.toString()));
                    }
                }
                row++;
            }
        }
        workbook.finish();
    }

    /** Writes one table as CSV with a header line. */
    public static void csv(ExportTable table, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (var csv = CsvWriter.builder().build(writer)) {
            csv.writeRecord(table.columns());
            for (var cells : table.rows()) {
                csv.writeRecord(cells.stream().map(ExportWriters::csvCell).toList());
            }
        }
    }

    private static String csvCell(Object cell) {
        return switch (cell) {
            case null -> "";
            case Number number -> number.toString();
            case LocalDateTime time -> LOCAL.format(time);
            case Object text -> SpreadsheetText.neutralise(text.toString());
        };
    }
}
