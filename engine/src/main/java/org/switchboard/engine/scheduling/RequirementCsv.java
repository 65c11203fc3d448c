package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams a requirement file with FastCSV: UTF-8 CSV (a byte-order mark allowed) whose first line names the columns
 * {@code timestamp}, {@code skill} and {@code agents} in any order, then one row per interval and skill. A timestamp is
 * ISO-8601 ({@code 2026-03-02T08:00}, a space allowed for the {@code T}), with or without an offset; agents is a finite
 * number {@code >= 0}. Good rows go to the consumer as they are read; every bad field of every line is reported with
 * the file, the line, the field, the value and the reason. The rows then go onto the grid with a
 * {@link RequirementTable}, which finds the gaps.
 */
public final class RequirementCsv {

    /** The columns the first line must name. */
    public static final List<String> COLUMNS = List.of("timestamp", "skill", "agents");

    private RequirementCsv() {}

    /**
     * One good row.
     *
     * @param line the line it starts on, from 1
     * @param start the interval's start as written (local time)
     * @param offset the offset written after the time, if any
     * @param skill the skill, not blank
     * @param agents the agents required, finite and {@code >= 0}
     */
    public record Row(long line, LocalDateTime start, Optional<ZoneOffset> offset, String skill, double agents) {

        /**
         * Validates the row.
         *
         * @throws IllegalArgumentException if the line is below 2, the skill blank or the agents not finite and
         *     {@code >= 0}
         */
        public Row {
            requireArgument(line >= 2, "a row starts after the header: line %d", line);
            requireArgument(!skill.isBlank(), "skill must not be blank: line %d", line);
            requireArgument(Double.isFinite(agents) && agents >= 0, "agents must be finite and >= 0: line %d", line);
        }

        /**
         * The interval's start as an instant.
         *
         * @param zone the zone of a timestamp written without an offset
         * @return the start at its written offset, or at {@code zone} when none is written
         */
        public Instant instant(ZoneId zone) {
            return offset.map(start::toInstant).orElseGet(() -> start.atZone(zone).toInstant());
        }
    }

    /**
     * One bad field of one line.
     *
     * @param file the file's name
     * @param line the line, from 1
     * @param field the field ({@code header} for the first line, {@code line} for a line that is not CSV)
     * @param value the value read
     * @param reason why it is refused, in English
     */
    public record Problem(String file, long line, String field, String value, String reason) {

        /** {@return the problem in one line: {@code REQ.csv line 3, field agents: value 'x' — a number >= 0}} */
        public String message() {
            return "%s line %d, field %s: value '%s' — %s".formatted(file, line, field, value, reason);
        }
    }

    /**
     * Reads a requirement file to its end.
     *
     * @param fileName the file's name, for problems
     * @param in the file's bytes, UTF-8
     * @param rows receives every good row, in file order
     * @return every problem, in file order; empty when every line is good
     * @throws IOException if the stream cannot be read
     */
    public static List<Problem> read(String fileName, InputStream in, Consumer<Row> rows) throws IOException {
        var problems = new ArrayList<Problem>();
        var csv = CsvReader.builder()
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8));
        long line = 1;
        try (csv) {
            var records = csv.iterator();
            if (!records.hasNext()) {
                problems.add(new Problem(fileName, 1, "header", "", "the first line must be " + String.join(",", COLUMNS)));
                return problems;
            }
            var header = records.next();
            var columns = columns(header);
            if (columns.isEmpty()) {
                problems.add(new Problem(fileName, header.getStartingLineNumber(), "header",
                        String.join(",", header.getFields()), "the first line must name " + String.join(",", COLUMNS)));
                return problems;
            }
            while (records.hasNext()) {
                var record = records.next();
                line = record.getStartingLineNumber();
                new Line(fileName, record, columns.get(), problems).row().ifPresent(rows);
            }
        } catch (CsvParseException unreadable) {
            problems.add(new Problem(fileName, line + 1, "line", "", "not CSV: " + unreadable.getMessage()));
        }
        return problems;
    }

    /** {@return the position of each of {@link #COLUMNS} in the header, or empty when one is missing} */
    private static Optional<int[]> columns(CsvRecord header) {
        var names = header.getFields().stream()
                .map(name -> name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList();
        var positions = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            positions[c] = names.indexOf(COLUMNS.get(c));
            if (positions[c] < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(positions);
    }

    /** A timestamp as written: the local date and time and the offset after it, if any. */
    private record Written(LocalDateTime start, Optional<ZoneOffset> offset) {}

    /** One line being read: its fields by column and the problems it adds. */
    private record Line(String file, CsvRecord record, int[] columns, List<Problem> problems) {

        Optional<Row> row() {
            int before = problems.size();
            var timestamp = field(0);
            var skill = field(1);
            var agents = field(2);
            var start = start(timestamp);
            if (start.isEmpty()) {
                problem(COLUMNS.get(0), timestamp, "an ISO date and time such as 2026-01-05T08:00");
            }
            if (skill.isEmpty()) {
                problem(COLUMNS.get(1), skill, "a value is required");
            }
            double number = Double.NaN;
            try {
                number = Double.parseDouble(agents);
            } catch (NumberFormatException bad) {
                // reported below
            }
            if (!Double.isFinite(number) || number < 0) {
                problem(COLUMNS.get(2), agents, "a finite number >= 0");
            }
            if (problems.size() > before || start.isEmpty()) {
                return Optional.empty();
            }
            var written = start.get();
            return Optional.of(new Row(record.getStartingLineNumber(), written.start(), written.offset(), skill, number));
        }

        private static Optional<Written> start(String timestamp) {
            var text = timestamp.replace(' ', 'T');
            try {
                var withOffset = OffsetDateTime.parse(text);
                return Optional.of(new Written(withOffset.toLocalDateTime(), Optional.of(withOffset.getOffset())));
            } catch (DateTimeParseException noOffset) {
                try {
                    return Optional.of(new Written(LocalDateTime.parse(text), Optional.empty()));
                } catch (DateTimeParseException bad) {
                    return Optional.empty();
                }
            }
        }

        private String field(int column) {
            int index = columns[column];
            return index < record.getFieldCount() ? record.getField(index).strip() : "";
        }

        private void problem(String field, String value, String reason) {
            problems.add(new Problem(file, record.getStartingLineNumber(), field, value, reason));
        }
    }
}
