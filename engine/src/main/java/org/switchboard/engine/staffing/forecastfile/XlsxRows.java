package org.switchboard.engine.staffing.forecastfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of the first sheet of an .xlsx workbook with fastexcel-reader. Strings stay text, numbers (and so
 * dates and times, which a spreadsheet stores as day numbers) stay numbers, a formula gives its cached result.
 * fastexcel-reader holds the zipped workbook in memory while it streams the sheet's rows.
 */
final class XlsxRows {

    private XlsxRows() {}

    static void read(InputStream in, RowSink sink) {
        try (var workbook = new ReadableWorkbook(in);
                var rows = workbook.getFirstSheet().openStream()) {
            var iterator = rows.iterator();
            while (iterator.hasNext()) {
                var row = iterator.next();
                if (!sink.accept(row.getRowNum(), cells(row))) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            sink.unreadable(0, String.valueOf(e.getMessage()));
        }
    }

    private static ArrayList<Cell> cells(Row row) {
        var cells = new ArrayList<Cell>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(XlsxRows::cell).orElse(Cell.EMPTY));
        }
        return cells;
    }

    private static Cell cell(org.dhatim.fastexcel.reader.Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> new Cell.Number(cell.asNumber());
            case STRING -> new Cell.Text(cell.asString());
            case FORMULA -> cachedResult(cell.getRawValue());
            case BOOLEAN, ERROR -> new Cell.Text(String.valueOf(cell.getRawValue()));
            case EMPTY -> Cell.EMPTY;
        };
    }

    private static Cell cachedResult(@Nullable String raw) {
        if (raw == null) {
            return Cell.EMPTY;
        }
        try {
            return new Cell.Number(new BigDecimal(raw));
        } catch (NumberFormatException notANumber) {
            return new Cell.Text(raw);
        }
    }
}
