package org.switchboard.engine.staffing.forecastfile;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.switchboard.engine.core.Checks;
import org.switchboard.engine.staffing.forecastfile.ParseProblem.Reason;

/**
 * Reads a forecast file, CSV or .xlsx, told apart by content (an .xlsx file is a ZIP archive), one row per interval
 * and queue.
 *
 * <p>Columns (header names are case-insensitive, see {@link ForecastField} for every alias):
 * <ul>
 *   <li>the interval start, either one column {@code interval_start} (also {@code interval}, {@code start},
 *       {@code datetime}) holding {@code 2026-03-02T08:00} or {@code 2026-03-02 08:00} (seconds and an offset such
 *       as {@code Z} or {@code +01:00} allowed), or two columns {@code date} ({@code 2026-03-02}) and {@code time}
 *       ({@code 08:00}); spreadsheet date and time cells work too;</li>
 *   <li>{@code contacts} (also {@code calls}, {@code volume}): contacts offered, at least 0;</li>
 *   <li>{@code aht} (also {@code aht_seconds}, {@code handle_time}): average handle time in seconds, above 0; it may
 *       be empty or 0 in an interval without contacts;</li>
 *   <li>optionally {@code queue}.</li>
 * </ul>
 * Other columns are ignored. Times without an offset are local times in the centre's zone; in the autumn hour that
 * occurs twice the earlier one is meant (write the offset to mean the later one), and a local time skipped in spring
 * is a problem. Every interval must start on the grid of the interval length counted from midnight, and appear once
 * per queue.
 *
 * <p>The parser never throws for a bad file: it collects up to {@value #MAX_PROBLEMS} {@link ParseProblem}s and
 * returns them with the valid rows. Callers refuse a file that has any.
 *
 * {@snippet :
 * var parser = ForecastFileParser.of(Duration.ofMinutes(15), ZoneId.of("Europe/Berlin"));
 * try (var in = Files.newInputStream(path)) {
 *     ForecastFile file = parser.parse(path.getFileName().toString(), in);
 *     file.problems().forEach(problem -> log.warn(problem.message()));
 * }
 * }
 */
public final class ForecastFileParser {

    /** Problems collected before reading stops with {@link Reason#TOO_MANY_PROBLEMS}. */
    public static final int MAX_PROBLEMS = 1_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final int intervalMinutes;
    private final ZoneId zone;

    private ForecastFileParser(int intervalMinutes, ZoneId zone) {
        this.intervalMinutes = intervalMinutes;
        this.zone = zone;
    }

    /**
     * Creates a parser.
     *
     * @param interval the interval length; whole minutes that divide a day (15, 30, 60...)
     * @param zone the centre's time zone, in which times without an offset are read
     * @return the parser
     * @throws IllegalArgumentException if the interval is not a whole number of minutes dividing 24 hours
     */
    public static ForecastFileParser of(Duration interval, ZoneId zone) {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(zone, "zone");
        var minutes = interval.toMinutes();
        Checks.requireArgument(
                minutes > 0 && interval.equals(Duration.ofMinutes(minutes)) && 1440 % minutes == 0,
                "interval must be whole minutes dividing a day: interval=%s",
                interval);
        return new ForecastFileParser((int) minutes, zone);
    }

    /**
     * Reads a file to its end (or to the {@value #MAX_PROBLEMS}th problem). Does not close the stream.
     *
     * @param fileName the name the file was uploaded with, repeated in every problem
     * @param in the file's bytes
     * @return the valid rows and every problem
     * @throws UncheckedIOException if reading the stream fails (not if its content is bad)
     */
    public ForecastFile parse(String fileName, InputStream in) {
        var table = new ForecastTable(fileName, intervalMinutes, zone, MAX_PROBLEMS);
        try {
            var buffered = new BufferedInputStream(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the caller owns the stream
                }
            });
            buffered.mark(ZIP.length);
            var head = buffered.readNBytes(ZIP.length);
            buffered.reset();
            if (Arrays.equals(head, ZIP)) {
                XlsxRows.read(buffered, table);
                return table.finish(ForecastFile.Format.XLSX);
            }
            if (Arrays.equals(head, OLE2)) {
                table.problem(0, ForecastField.FILE, "", Reason.UNSUPPORTED_FORMAT);
                return table.finish(ForecastFile.Format.OTHER);
            }
            CsvRows.read(buffered, table);
            return table.finish(ForecastFile.Format.CSV);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + fileName + " failed", e);
        }
    }
}
