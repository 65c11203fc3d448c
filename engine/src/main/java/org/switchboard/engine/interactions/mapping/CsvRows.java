package org.switchboard.engine.interactions.mapping;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Streams the records of a CSV file into a {@link RowSink} with FastCSV: one record in memory at a time. Bytes
 * that are not valid in the charset are decoded to U+FFFD (and the row is then reported by the mapper); blank lines
 * are skipped; the line of a record is the physical line where it starts, so records with quoted line breaks keep
 * the numbering of the file.
 */
public final class CsvRows {

    private CsvRows() {}

    /**
     * Reads every record of the input into the sink; an unreadable or empty file becomes a file problem.
     *
     * @param in the CSV bytes; not closed
     * @param options delimiter, header row and charset
     * @param mapper receives the header, the rows and the problems
     */
    public static void read(InputStream in, CsvOptions options, RowSink mapper) {
        var builder = CsvReader.builder()
                .fieldSeparator(options.delimiter())
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(false)
                .detectBomHeader(true);
        long line = 0;
        boolean first = true;
        try (var records = builder.ofCsvRecord(in, options.charset())) {
            for (var record : records) {
                line = record.getStartingLineNumber();
                if (first) {
                    first = false;
                    boolean readable = options.headerRow()
                            ? mapper.header(line, record.getFields())
                            : mapper.positional(line, record.getFieldCount());
                    if (!readable) {
                        return;
                    }
                    if (options.headerRow()) {
                        continue;
                    }
                }
                mapper.row(line, record.getFields(), true);
            }
        } catch (CsvParseException e) {
            mapper.fileProblem(line + 1, String.valueOf(e.getMessage()),
                    "the file ends inside a quoted field or a field is too long: reading stopped (truncated file?)");
            return;
        } catch (IOException | UncheckedIOException e) {
            mapper.fileProblem(line, String.valueOf(e.getMessage()), "the file could not be read to its end");
            return;
        }
        if (first) {
            mapper.fileProblem(0, "", MappingReader.EMPTY_FILE);
        }
    }
}
