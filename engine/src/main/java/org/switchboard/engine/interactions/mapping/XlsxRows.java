package org.switchboard.engine.interactions.mapping;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of the first sheet of an .xlsx workbook into a {@link RowSink} with fastexcel-reader. Cells
 * become text: strings as written; numbers in plain notation with the profile's decimal separator; numbers with a
 * date or time format in ISO-8601 local form ({@code 2016-01-31}, {@code 17:34:05} or {@code 2016-01-31T17:34:05},
 * which the profile's patterns always accept as well); booleans {@code true}/{@code false}; formulas their cached
 * value. Rows with no cell are skipped, cells right of the header's last column are ignored, and the line of a row
 * is its spreadsheet row number.
 *
 * <p>Memory: the sheet's rows are streamed, but the workbook is a zip archive that fastexcel-reader opens from the
 * stream as a whole; an .xlsx is compressed (typically a tenth of the same rows as CSV) and spreadsheet programs stop
 * at 1 048 576 rows, so very large sources come as CSV.
 */
public final class XlsxRows {

    private XlsxRows() {}

    /**
     * Reads every row of the workbook's first sheet into the sink; an unreadable or empty workbook becomes a file
     * problem.
     *
     * @param in the .xlsx bytes; not closed by this method beyond what the workbook reader does
     * @param decimalSeparator the separator numbers are written with
     * @param headerRow whether the first row names the columns
     * @param mapper receives the header, the rows and the problems
     */
    public static void read(InputStream in, char decimalSeparator, boolean headerRow, RowSink mapper) {
        var buffered = new BufferedInputStream(in);
        try {
            buffered.mark(1);
            if (buffered.read() < 0) {
                mapper.fileProblem(0, "", MappingReader.EMPTY_FILE);
                return;
            }
            buffered.reset();
            try (var workbook = new ReadableWorkbook(buffered, new ReadingOptions(true, false));
                    var rows = workbook.getFirstSheet().openStream()) {
                boolean first = true;
                for (var iterator = rows.iterator(); iterator.hasNext(); ) {
                    var row = iterator.next();
                    var cells = cells(row, decimalSeparator);
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (first) {
                        first = false;
                        boolean readable = headerRow
                                ? mapper.header(row.getRowNum(), cells)
                                : mapper.positional(row.getRowNum(), cells.size());
                        if (!readable) {
                            return;
                        }
                        if (headerRow) {
                            continue;
                        }
                    }
                    mapper.row(row.getRowNum(), padded(cells, mapper.width()), false);
                }
                if (first) {
                    mapper.fileProblem(0, "", MappingReader.EMPTY_FILE);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            mapper.fileProblem(0, String.valueOf(e.getMessage()), "not a readable .xlsx workbook");
        }
    }

    /** Spreadsheets leave trailing empty cells out; the mapper wants every column, so missing ones are empty. */
    private static List<String> padded(List<String> cells, int width) {
        if (cells.size() >= width) {
            return cells;
        }
        var padded = new ArrayList<>(cells);
        while (padded.size() < width) {
            padded.add("");
        }
        return padded;
    }

    private static List<String> cells(Row row, char decimalSeparator) {
        var cells = new ArrayList<String>(row.getCellCount());
        for (int k = 0; k < row.getCellCount(); k++) {
            var cell = row.getCell(k);
            cells.add(cell == null ? "" : text(cell, decimalSeparator));
        }
        return cells;
    }

    private static String text(Cell cell, char decimalSeparator) {
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                return isoText(cell.asDate(), cell.asNumber());
            }
            return cell.asNumber().toPlainString().replace('.', decimalSeparator);
        }
        if (cell.getType() == CellType.EMPTY) {
            return "";
        }
        return cell.getText();
    }

    /** Whether a number format shows a date or time: it has y, m, d, h or s outside quotes and brackets. */
    static boolean isDateFormat(@Nullable String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        int bracket = 0;
        for (char c : format.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '"' -> quoted = !quoted;
                case '[' -> bracket++;
                case ']' -> bracket = Math.max(0, bracket - 1);
                case 'y', 'm', 'd', 'h', 's' -> {
                    if (!quoted && bracket == 0) {
                        return true;
                    }
                }
                default -> {
                    // other format characters say nothing about dates
                }
            }
        }
        return false;
    }

    /** Spreadsheet serials are binary fractions of a day: rounded to the millisecond, 17:34:05 stays 17:34:05. */
    private static String isoText(LocalDateTime serialAt, BigDecimal serial) {
        var at = serialAt.plusNanos(500_000).truncatedTo(ChronoUnit.MILLIS);
        if (serial.signum() >= 0 && serial.compareTo(BigDecimal.ONE) < 0) {
            return at.toLocalTime().toString();
        }
        if (serial.stripTrailingZeros().scale() <= 0) {
            return at.toLocalDate().toString();
        }
        return at.toString();
    }
}
