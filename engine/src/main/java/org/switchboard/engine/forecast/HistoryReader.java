package org.switchboard.engine.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reads an interval history from a CSV file {@code timestamp,volume[,aht]} (header line first; ISO-8601 local start
 * of the interval, e.g. {@code 1999-01-04T07:06:00}; contacts offered; AHT in seconds) or from rows taken elsewhere,
 * and brings it to the requested interval.
 *
 * <p>The input's own interval is the most frequent step between consecutive timestamps. It may be finer than the
 * requested one when it divides it evenly (6-minute rows summed to 30 minutes); otherwise the input is refused. A
 * requested interval is observed only when every input interval inside it is present; the input must list every
 * interval, zeros included, because an absent row means <em>missing</em>, not zero. The AHT of an aggregated interval
 * is the volume-weighted mean of its parts. Every problem names the file, line, field, value and reason: an
 * unreadable timestamp or number, a negative volume or AHT, a duplicated interval, a timestamp off the input's grid,
 * an interval that does not divide the requested one, or no rows at all.
 */
public final class HistoryReader {

    private HistoryReader() {}

    /**
     * Reads a history CSV.
     *
     * @param in the text, closed by the caller
     * @param fileName the name used in problems
     * @param intervalMinutes the requested interval, a divisor of a day
     * @return the history, or every problem found
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the interval does not divide a day
     */
    public static HistoryParse read(Reader in, String fileName, int intervalMinutes) throws IOException {
        var assembly = new HistoryAssembly(fileName, intervalMinutes);
        var reader = new BufferedReader(in);
        String text = reader.readLine();
        long line = 1;
        if (text == null) {
            return assembly.finish();
        }
        var header = text.strip().toLowerCase(Locale.ROOT).split(",", -1);
        if (header.length < 2 || !header[0].strip().equals("timestamp") || !header[1].strip().equals("volume")) {
            assembly.problem(1, "header", text, "expected the header timestamp,volume[,aht]");
            return assembly.finish();
        }
        boolean withAht = header.length > 2 && header[2].strip().equals("aht");
        while ((text = reader.readLine()) != null) {
            line++;
            if (!text.isBlank()) {
                readLine(assembly, line, text.split(",", -1), withAht);
            }
        }
        return assembly.finish();
    }

    /**
     * Brings rows taken elsewhere (e.g. interval facts) to the requested interval, with the checks of {@link
     * #read}; problems carry the 1-based row number as their line.
     *
     * @param rows the rows, in any order
     * @param source the name used in problems
     * @param intervalMinutes the requested interval, a divisor of a day
     * @return the history, or every problem found
     * @throws IllegalArgumentException if the interval does not divide a day
     */
    public static HistoryParse fromRows(List<HistoryRow> rows, String source, int intervalMinutes) {
        var assembly = new HistoryAssembly(source, intervalMinutes);
        long line = 0;
        for (var row : rows) {
            assembly.add(++line, row.start(), row.volume(), row.ahtSeconds().orElse(Double.NaN));
        }
        return assembly.finish();
    }

    private static void readLine(HistoryAssembly assembly, long line, String[] fields, boolean withAht) {
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            assembly.problem(line, "timestamp", fields[0], "not an ISO-8601 local date-time like 1999-01-04T07:06:00");
            return;
        }
        var volume = number(assembly, line, "volume", fields.length > 1 ? fields[1] : "");
        var aht = withAht && fields.length > 2 && !fields[2].isBlank()
                ? number(assembly, line, "aht", fields[2])
                : OptionalDouble.of(Double.NaN);
        if (volume.isPresent() && aht.isPresent()) {
            assembly.add(line, start, volume.getAsDouble(), aht.getAsDouble());
        }
    }

    private static OptionalDouble number(HistoryAssembly assembly, long line, String field, String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            assembly.problem(line, field, text, "not a number");
            return OptionalDouble.empty();
        }
        if (!Double.isFinite(value) || value < 0) {
            assembly.problem(line, field, text, "must be a finite number >= 0");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }
}
