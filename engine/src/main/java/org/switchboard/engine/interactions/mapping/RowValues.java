package org.switchboard.engine.interactions.mapping;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.switchboard.engine.core.InputProblem;

/**
 * The values of the row being read, field by field, as the profile says: each accessor reads the column (or the
 * constant, or the derived id), applies the field's translations, parses the text and, when it cannot, records an
 * {@link InputProblem} naming the source column and returns empty. A row with any problem is rejected as a whole.
 * Reused for every row of a file ({@link #next}).
 */
final class RowValues {

    /** How far ahead of the clock a time may lie before it is reported as in the future. */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final MappingProfile profile;
    private final ColumnLayout layout;
    private final ValueParser parser;
    private final String file;
    private final Instant futureLimit;
    private final List<InputProblem> problems = new ArrayList<>();
    private List<String> cells = List.of();
    private long line;

    RowValues(MappingProfile profile, ColumnLayout layout, String file, Instant now) {
        this.profile = profile;
        this.layout = layout;
        this.parser = new ValueParser(profile.time(), profile.csv().decimalSeparator());
        this.file = file;
        this.futureLimit = now.plus(FUTURE_TOLERANCE);
    }

    /** Moves to the next row, forgetting the problems of the previous one. */
    void next(long line, List<String> cells) {
        this.line = line;
        this.cells = cells;
        problems.clear();
    }

    long line() {
        return line;
    }

    List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** {@return whether the profile maps the field} */
    boolean maps(MappedField field) {
        return profile.fields().containsKey(field);
    }

    /** {@return the field's text as found (before translation), empty when unmapped or blank} */
    Optional<String> source(MappedField field) {
        var source = profile.fields().get(field);
        String text = switch (source) {
            case null -> "";
            case FieldSource.Column column -> cell(layout.indexes().get(field));
            case FieldSource.Constant constant -> constant.value();
            case FieldSource.LineNumber lineNumber -> file + '#' + line;
            case FieldSource.RowHash rowHash -> "row-%016x".formatted(SeenIds.hash(String.join("\u0000", cells)));
        };
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** {@return the field's translated text, empty when unmapped or blank} */
    Optional<String> text(MappedField field) {
        return source(field).map(text -> profile.translate(field, text));
    }

    /** {@return the field's translated text, or a problem "empty" when it has none} */
    Optional<String> required(MappedField field) {
        var text = text(field);
        if (text.isEmpty()) {
            problem(field, "", "empty: " + field.key() + " is required");
        }
        return text;
    }

    /** {@return the field's code (an enum constant of its type), a problem for an unknown code} */
    <E extends Enum<E>> Optional<E> code(MappedField field, Class<E> type, boolean required) {
        var text = required ? required(field) : text(field);
        return text.flatMap(value -> {
            var code = field.type().code(value);
            if (code.isEmpty()) {
                problem(
                        field,
                        source(field).orElse(""),
                        "unknown code: no translation and not one of " + Arrays.toString(type.getEnumConstants()));
            }
            return code.map(name -> Enum.valueOf(type, name));
        });
    }

    /** {@return the field as an instant, a problem when unreadable or in the future} */
    Optional<Instant> instant(MappedField field) {
        return parsed(field, parser::instant, "not a date-time (" + parser.dateTimePatterns() + ")")
                .flatMap(at -> notInFuture(field, at));
    }

    /** {@return the arrival from a date column and an optional time column, a problem when unreadable} */
    Optional<Instant> dateAndTime(MappedField dateField, MappedField timeField) {
        var date = required(dateField).flatMap(text ->
                parsed(dateField, parser::date, "not a date (" + profile.time().datePattern() + ")"));
        var time = parsed(timeField, parser::time, "not a time of day (" + profile.time().timePattern() + ")");
        if (date.isEmpty()) {
            return Optional.empty();
        }
        var local = time.map(date.get()::atTime).orElseGet(date.get()::atStartOfDay);
        return notInFuture(time.isPresent() ? timeField : dateField, parser.inZone(local));
    }

    /** {@return the field as a duration, a problem when unreadable or negative} */
    Optional<Duration> duration(MappedField field) {
        var unit = profile.time().unitOf(field);
        return parsed(field, text -> parser.duration(text, unit), "not a duration in " + unit)
                .filter(duration -> {
                    if (duration.isNegative()) {
                        problem(field, source(field).orElse(""), "negative duration");
                        return false;
                    }
                    return true;
                });
    }

    /** {@return the field as a decimal number, a problem when unreadable} */
    Optional<BigDecimal> decimal(MappedField field) {
        return parsed(field, parser::decimal, "not a number");
    }

    /** Records a problem with a field: its column (or the field's key for constants and derived values). */
    void problem(MappedField field, String value, String reason) {
        problems.add(new InputProblem(file, line, fieldName(field), value, reason));
    }

    /** Records a problem with a column, whatever field it feeds. */
    void columnProblem(String column, String value, String reason) {
        problems.add(new InputProblem(file, line, column, value, reason));
    }

    /** Records a problem with the row as a whole. */
    void rowProblem(String value, String reason) {
        problems.add(new InputProblem(file, line, "line", value, reason));
    }

    /** {@return the name a problem gives a field: its source column, or its key when it has no column} */
    String fieldName(MappedField field) {
        return profile.fields().get(field) instanceof FieldSource.Column column ? column.name() : field.key();
    }

    private String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    private <T> Optional<T> parsed(MappedField field, Function<String, Optional<T>> parse, String reason) {
        var text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var value = parse.apply(text.get());
        if (value.isEmpty()) {
            problem(field, source(field).orElse(""), reason);
        }
        return value;
    }

    private Optional<Instant> notInFuture(MappedField field, Instant at) {
        if (at.isAfter(futureLimit)) {
            problem(field, source(field).orElse(at.toString()), "in the future: after " + futureLimit);
            return Optional.empty();
        }
        return Optional.of(at);
    }
}
