package org.switchboard.server.interactions.api;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.switchboard.engine.core.InputProblem;

/**
 * The scalar fields of one JSON record, read into typed values. Each reader method records a problem (file
 * {@code request}, line = the record's 1-based index, the field, the value as sent, the reason) instead of throwing, so
 * that one pass reports every bad field of the record; {@link #problems()} says whether the record can be built.
 */
final class RecordFields {

    /** The {@code file} of every problem found in a request body. */
    static final String REQUEST = "request";

    private final Map<String, String> values;
    private final long index;
    private final ZoneId zone;
    private final List<InputProblem> problems = new ArrayList<>();

    /**
     * @param values the record's scalar fields as text (JSON {@code null} fields are left out)
     * @param nested the names of fields that held an object or an array: each is a problem
     * @param index the record's 1-based index in the batch
     * @param zone the zone of date-times sent without an offset
     */
    RecordFields(Map<String, String> values, Set<String> nested, long index, ZoneId zone) {
        this.values = Map.copyOf(values);
        this.index = index;
        this.zone = zone;
        nested.forEach(name -> problem(name, "", "must be a text, a number or a boolean, not an object or array"));
    }

    /** Reports every field that is not one of {@code known}. */
    void rejectUnknown(Set<String> known) {
        values.keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .forEach(name -> problem(name, values.get(name), "unknown field; the fields are " + known));
    }

    /** {@return the field's text; a problem when it is missing or blank} */
    String text(String field) {
        var value = values.get(field);
        if (value == null || value.isBlank()) {
            problem(field, value == null ? "" : value, "required field is missing");
            return "";
        }
        return value;
    }

    /** {@return the field's text, empty when missing or blank} */
    Optional<String> optionalText(String field) {
        return Optional.ofNullable(values.get(field)).filter(value -> !value.isBlank());
    }

    /** {@return the field as a constant of {@code type}, case-insensitive; a problem when missing or unknown} */
    <E extends Enum<E>> Optional<E> constant(String field, Class<E> type) {
        var value = text(field);
        return value.isEmpty() ? Optional.empty() : parse(field, value, text -> Enum.valueOf(type, normalise(text)),
                "not one of " + List.of(type.getEnumConstants()));
    }

    /** {@return the field as an instant; a problem when missing or not a date-time} */
    Optional<Instant> instant(String field) {
        var value = text(field);
        return value.isEmpty() ? Optional.empty() : optionalInstant(field);
    }

    /**
     * {@return the field as an instant, empty when missing} An ISO-8601 date-time with an offset ({@code
     * 2026-03-02T08:00:00Z}, {@code …+01:00}) is taken as it is; one without an offset is local to the batch's zone.
     */
    Optional<Instant> optionalInstant(String field) {
        return optionalText(field).flatMap(value -> parse(field, value, this::toInstant,
                "not an ISO-8601 date-time such as 2026-03-02T08:00:00Z or 2026-03-02T09:00:00 (local to the zone)"));
    }

    /** {@return the field as a boolean, empty when missing; a problem unless {@code true} or {@code false}} */
    Optional<Boolean> optionalBoolean(String field) {
        return optionalText(field).flatMap(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problem(field, value, "not true or false");
                yield Optional.empty();
            }
        });
    }

    /** {@return the field as a decimal number, empty when missing} */
    Optional<BigDecimal> optionalDecimal(String field) {
        return optionalText(field).flatMap(value -> parse(field, value, BigDecimal::new, "not a decimal number"));
    }

    /** Records a problem of the record as a whole, e.g. a broken rule between fields; the value is its id. */
    void recordProblem(String id, String reason) {
        problem("record", id, reason);
    }

    /** {@return the problems found so far} */
    List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    private <T> Optional<T> parse(String field, String value, Function<String, T> parser, String reason) {
        try {
            return Optional.of(parser.apply(value.strip()));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException rejected) {
            problem(field, value, reason);
            return Optional.empty();
        }
    }

    private Instant toInstant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        }
    }

    private void problem(String field, String value, String reason) {
        problems.add(new InputProblem(REQUEST, index, field, value, reason));
    }

    private static String normalise(String constant) {
        return constant.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
