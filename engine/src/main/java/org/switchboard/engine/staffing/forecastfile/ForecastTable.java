package org.switchboard.engine.staffing.forecastfile;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.staffing.forecastfile.ParseProblem.Reason;

/**
 * Turns the rows a reader streams into {@link ForecastRow}s and {@link ParseProblem}s: the first non-empty row is the
 * header, every later non-empty row one interval. Single-use.
 */
final class ForecastTable implements RowSink {

    /** {@code 2026-03-02T08:00}, {@code 2026-03-02 08:00:00}, optionally with an offset ({@code Z}, {@code +01:00}). */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .toFormatter();

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm[:ss]");

    /** Day 0 of spreadsheet day numbers (the 1900 date system, with its phantom 29 February 1900). */
    private static final LocalDateTime SPREADSHEET_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

    private static final long SECONDS_PER_DAY = 86_400;

    private final String file;
    private final int intervalMinutes;
    private final ZoneId zone;
    private final int maxProblems;
    private final List<ForecastRow> rows = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private final Map<IntervalKey, Long> seen = new HashMap<>();
    private final Map<ForecastField, Integer> columns = new EnumMap<>(ForecastField.class);
    private boolean headerRead;
    private boolean decimalComma;
    private boolean stopped;

    ForecastTable(String file, int intervalMinutes, ZoneId zone, int maxProblems) {
        this.file = file;
        this.intervalMinutes = intervalMinutes;
        this.zone = zone;
        this.maxProblems = maxProblems;
    }

    void acceptDecimalComma() {
        decimalComma = true;
    }

    @Override
    public boolean accept(long line, List<Cell> cells) {
        if (cells.stream().allMatch(Cell::isBlank)) {
            return true;
        }
        if (!headerRead) {
            headerRead = true;
            return header(line, cells);
        }
        row(line, cells);
        return !stopped;
    }

    @Override
    public void unreadable(long line, String detail) {
        problems.add(new ParseProblem(file, line, ForecastField.FILE, detail, Reason.UNREADABLE_FILE));
        stopped = true;
    }

    void problem(long line, ForecastField field, String value, Reason reason) {
        if (stopped) {
            return;
        }
        if (problems.size() == maxProblems) {
            problems.add(new ParseProblem(file, line, ForecastField.FILE, "", Reason.TOO_MANY_PROBLEMS));
            stopped = true;
            return;
        }
        problems.add(new ParseProblem(file, line, field, value, reason));
    }

    ForecastFile finish(ForecastFile.Format format) {
        if (!headerRead && problems.isEmpty()) {
            problems.add(new ParseProblem(file, 0, ForecastField.FILE, "", Reason.EMPTY_FILE));
        } else if (headerRead && rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ParseProblem(file, 0, ForecastField.FILE, "", Reason.NO_ROWS));
        }
        return new ForecastFile(file, format, rows, problems);
    }

    private boolean header(long line, List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            var name = cells.get(i).shown();
            var index = i;
            ForecastField.ofHeader(name).ifPresent(field -> {
                if (columns.putIfAbsent(field, index) != null) {
                    problem(line, field, name, Reason.DUPLICATE_COLUMN);
                }
            });
        }
        if (!columns.containsKey(ForecastField.INTERVAL_START)
                && columns.containsKey(ForecastField.DATE)
                && !columns.containsKey(ForecastField.TIME)) {
            // a lone date column holding date and time
            columns.put(ForecastField.INTERVAL_START, columns.remove(ForecastField.DATE));
        }
        if (!columns.containsKey(ForecastField.INTERVAL_START)) {
            if (!columns.containsKey(ForecastField.DATE) && !columns.containsKey(ForecastField.TIME)) {
                problem(line, ForecastField.INTERVAL_START, "", Reason.MISSING_COLUMN);
            } else if (!columns.containsKey(ForecastField.DATE)) {
                problem(line, ForecastField.DATE, "", Reason.MISSING_COLUMN);
            }
        }
        for (var required : List.of(ForecastField.CONTACTS, ForecastField.AHT)) {
            if (!columns.containsKey(required)) {
                problem(line, required, "", Reason.MISSING_COLUMN);
            }
        }
        stopped = stopped || !problems.isEmpty();
        return !stopped;
    }

    private void row(long line, List<Cell> cells) {
        var start = intervalStart(line, cells);
        var contacts = number(line, cells, ForecastField.CONTACTS, true);
        if (contacts.isPresent() && contacts.getAsDouble() < 0) {
            problem(line, ForecastField.CONTACTS, cell(cells, ForecastField.CONTACTS).shown(), Reason.NEGATIVE);
            contacts = OptionalDouble.empty();
        }
        var noContacts = contacts.isPresent() && contacts.getAsDouble() == 0;
        var aht = number(line, cells, ForecastField.AHT, !noContacts);
        if (aht.isPresent() && (aht.getAsDouble() < 0 || (aht.getAsDouble() == 0 && !noContacts))) {
            problem(line, ForecastField.AHT, cell(cells, ForecastField.AHT).shown(), Reason.NOT_POSITIVE);
            aht = OptionalDouble.empty();
        } else if (aht.isEmpty() && noContacts && cell(cells, ForecastField.AHT).isBlank()) {
            aht = OptionalDouble.of(0);
        }
        var queue = columns.containsKey(ForecastField.QUEUE) ? cell(cells, ForecastField.QUEUE).shown() : "";
        if (start.isEmpty() || contacts.isEmpty() || aht.isEmpty()) {
            return;
        }
        var key = new IntervalKey(queue, start.get().instant());
        var earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            problem(line, intervalField(), start.get().shown(), Reason.DUPLICATE_INTERVAL);
            return;
        }
        rows.add(new ForecastRow(
                line, queue, start.get().local(), start.get().instant(), contacts.getAsDouble(), aht.getAsDouble()));
    }

    private ForecastField intervalField() {
        return columns.containsKey(ForecastField.INTERVAL_START) ? ForecastField.INTERVAL_START : ForecastField.DATE;
    }

    private Optional<Start> intervalStart(long line, List<Cell> cells) {
        Optional<Start> start;
        if (columns.containsKey(ForecastField.INTERVAL_START)) {
            start = dateTime(line, cell(cells, ForecastField.INTERVAL_START));
        } else {
            var date = date(line, cell(cells, ForecastField.DATE));
            var time = time(line, cell(cells, ForecastField.TIME));
            start = date.isPresent() && time.isPresent()
                    ? local(line, ForecastField.DATE, LocalDateTime.of(date.get(), time.get()))
                    : Optional.empty();
        }
        if (start.isPresent() && !isOnGrid(start.get().local())) {
            problem(line, intervalField(), start.get().shown(), Reason.OFF_GRID);
            return Optional.empty();
        }
        return start;
    }

    private boolean isOnGrid(LocalDateTime local) {
        var minuteOfDay = local.getHour() * 60 + local.getMinute();
        return local.getSecond() == 0 && local.getNano() == 0 && minuteOfDay % intervalMinutes == 0;
    }

    private Optional<Start> dateTime(long line, Cell cell) {
        var field = ForecastField.INTERVAL_START;
        return switch (cell) {
            case Cell.Number number -> local(line, field, spreadsheetDateTime(number.value()));
            case Cell.Text text when text.isBlank() -> missing(line, field);
            case Cell.Text text -> {
                try {
                    var parsed = DATE_TIME.parseBest(text.text().strip(), OffsetDateTime::from, LocalDateTime::from);
                    yield parsed instanceof OffsetDateTime withOffset
                            ? Optional.of(new Start(
                                    LocalDateTime.ofInstant(withOffset.toInstant(), zone), withOffset.toInstant()))
                            : local(line, field, (LocalDateTime) parsed);
                } catch (DateTimeException unreadable) {
                    problem(line, field, text.shown(), Reason.UNREADABLE_DATE_TIME);
                    yield Optional.empty();
                }
            }
        };
    }

    private Optional<LocalDate> date(long line, Cell cell) {
        return switch (cell) {
            case Cell.Number number -> Optional.of(spreadsheetDateTime(number.value()).toLocalDate());
            case Cell.Text text when text.isBlank() -> missing(line, ForecastField.DATE);
            case Cell.Text text -> {
                try {
                    yield Optional.of(LocalDate.parse(text.text().strip()));
                } catch (DateTimeException unreadable) {
                    problem(line, ForecastField.DATE, text.shown(), Reason.UNREADABLE_DATE_TIME);
                    yield Optional.empty();
                }
            }
        };
    }

    private Optional<LocalTime> time(long line, Cell cell) {
        return switch (cell) {
            case Cell.Number number -> Optional.of(spreadsheetDateTime(number.value()).toLocalTime());
            case Cell.Text text when text.isBlank() -> missing(line, ForecastField.TIME);
            case Cell.Text text -> {
                try {
                    yield Optional.of(LocalTime.parse(text.text().strip(), TIME_OF_DAY));
                } catch (DateTimeException unreadable) {
                    problem(line, ForecastField.TIME, text.shown(), Reason.UNREADABLE_DATE_TIME);
                    yield Optional.empty();
                }
            }
        };
    }

    /** A local time in the centre's zone; the earlier offset in an autumn overlap, a problem in a spring gap. */
    private Optional<Start> local(long line, ForecastField field, LocalDateTime local) {
        var offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            problem(line, field, local.toString(), Reason.NONEXISTENT_LOCAL_TIME);
            return Optional.empty();
        }
        return Optional.of(new Start(local, local.toInstant(offsets.getFirst())));
    }

    /** Day number of a spreadsheet (days since 1899-12-30, time as the fraction), to the nearest second. */
    private static LocalDateTime spreadsheetDateTime(BigDecimal dayNumber) {
        var seconds = dayNumber.multiply(BigDecimal.valueOf(SECONDS_PER_DAY))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue();
        return SPREADSHEET_EPOCH.plus(seconds, ChronoUnit.SECONDS);
    }

    private OptionalDouble number(long line, List<Cell> cells, ForecastField field, boolean required) {
        var cell = cell(cells, field);
        if (cell.isBlank()) {
            if (required) {
                problem(line, field, "", Reason.MISSING_VALUE);
            }
            return OptionalDouble.empty();
        }
        var value = switch (cell) {
            case Cell.Number number -> number.value().doubleValue();
            case Cell.Text text -> parse(text.text().strip());
        };
        if (!Double.isFinite(value)) {
            problem(line, field, cell.shown(), Reason.NOT_A_NUMBER);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }

    /** {@return the number, or NaN when the text is not a plain decimal number} */
    private double parse(String text) {
        var decimal = decimalComma && text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            return new BigDecimal(decimal).doubleValue();
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    private <T> Optional<T> missing(long line, ForecastField field) {
        problem(line, field, "", Reason.MISSING_VALUE);
        return Optional.empty();
    }

    private Cell cell(List<Cell> cells, ForecastField field) {
        @Nullable Integer index = columns.get(field);
        return index == null || index >= cells.size() ? Cell.EMPTY : cells.get(index);
    }

    /** An interval start read from a row. */
    private record Start(LocalDateTime local, Instant instant) {
        String shown() {
            return local.toString();
        }
    }

    /** What makes an interval unique in a file. */
    private record IntervalKey(String queue, Instant start) {}
}
