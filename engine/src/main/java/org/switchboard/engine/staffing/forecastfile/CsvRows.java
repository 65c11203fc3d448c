package org.switchboard.engine.staffing.forecastfile;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV file (UTF-8, a byte-order mark allowed) with FastCSV. The field separator is the one
 * of comma, semicolon and tab that occurs most often in the first line (spreadsheets in many European locales export
 * with semicolons); with a semicolon or tab separator a decimal comma is accepted in numbers.
 */
final class CsvRows {

    private static final int FIRST_LINE_LIMIT = 1 << 16;

    private CsvRows() {}

    /** Streams the records into the table, telling it first whether numbers may have a decimal comma. */
    static void read(InputStream in, ForecastTable sink) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(FIRST_LINE_LIMIT);
        var first = readFirstLine(reader);
        reader.reset();
        var separator = separatorOf(first);
        if (separator != ',') {
            sink.acceptDecimalComma();
        }
        var csv = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .ofCsvRecord(reader);
        long line = 0;
        try (csv) {
            for (var record : csv) {
                line = record.getStartingLineNumber();
                var cells = new ArrayList<Cell>(record.getFieldCount());
                for (var field : record.getFields()) {
                    cells.add(new Cell.Text(field));
                }
                if (!sink.accept(line, cells)) {
                    break;
                }
            }
        } catch (CsvParseException e) {
            sink.unreadable(line + 1, String.valueOf(e.getMessage()));
        }
    }

    private static String readFirstLine(BufferedReader reader) throws IOException {
        var text = new StringBuilder();
        int c;
        while (text.length() < FIRST_LINE_LIMIT - 1 && (c = reader.read()) != -1 && c != '\n' && c != '\r') {
            text.append((char) c);
        }
        return text.toString();
    }

    static char separatorOf(String firstLine) {
        var candidates = List.of(',', ';', '\t');
        char best = ',';
        long bestCount = 0;
        for (char candidate : candidates) {
            long count = firstLine.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
