package org.switchboard.engine.interactions.mapping;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * How a source writes times: date-time patterns, the date and time patterns of split columns, its time zone, and its
 * duration units.
 *
 * <p>A date-time value is tried against each pattern in order; a pattern is a {@link DateTimeFormatter} pattern
 * ({@code dd/MM/yyyy HH:mm:ss}) or a keyword: {@value #ISO} (ISO-8601: {@code 2026-03-02T07:00:13Z}, with an offset
 * {@code +03:00}, or local {@code 2026-03-02T07:00:13} or {@code 2026-03-02 07:00:13}), {@value #EPOCH_SECONDS} or
 * {@value #EPOCH_MILLIS}. Values with an offset or zone keep it; local values are in {@code zone}. A local time that
 * a DST change skips is moved forward by the gap, one that occurs twice takes the earlier offset
 * ({@link java.time.ZonedDateTime#ofLocal}).
 *
 * @param dateTimePatterns the patterns of date-time fields, tried in order (at least one)
 * @param datePattern the pattern of a date-only column ({@code arrivalDate}), or {@value #ISO}
 * @param timePattern the pattern of a time-only column ({@code arrivalTime}), or {@value #ISO}
 * @param zone the source's time zone, for values without an offset
 * @param durationUnit the unit of duration fields
 * @param durationUnits units that differ from {@code durationUnit}, per duration field
 */
public record TimeFormat(
        List<String> dateTimePatterns,
        String datePattern,
        String timePattern,
        ZoneId zone,
        DurationUnit durationUnit,
        Map<MappedField, DurationUnit> durationUnits) {

    /** Keyword: ISO-8601 date-time, date or time. */
    public static final String ISO = "ISO";
    /** Keyword: seconds since 1970-01-01T00:00Z. */
    public static final String EPOCH_SECONDS = "EPOCH_SECONDS";
    /** Keyword: milliseconds since 1970-01-01T00:00Z. */
    public static final String EPOCH_MILLIS = "EPOCH_MILLIS";

    /**
     * Validates the format and copies the collections.
     *
     * @throws IllegalArgumentException if there is no date-time pattern, a pattern is not a valid
     *     {@link DateTimeFormatter} pattern, or a per-field unit is given for a field that is not a duration
     */
    public TimeFormat {
        dateTimePatterns = List.copyOf(dateTimePatterns);
        durationUnits = Map.copyOf(durationUnits);
        requireArgument(!dateTimePatterns.isEmpty(), "at least one date-time pattern is needed");
        for (var pattern : dateTimePatterns) {
            if (!pattern.equals(EPOCH_SECONDS) && !pattern.equals(EPOCH_MILLIS)) {
                requireValidPattern("dateTimePatterns", pattern);
            }
        }
        requireValidPattern("datePattern", datePattern);
        requireValidPattern("timePattern", timePattern);
        for (var field : durationUnits.keySet()) {
            requireArgument(
                    field.type() == FieldType.DURATION,
                    "durationUnits: %s is not a duration field",
                    field.key());
        }
    }

    /**
     * {@return ISO-8601 values, local ones in the given zone, durations in seconds}
     *
     * @param zone the source's time zone
     */
    public static TimeFormat iso(ZoneId zone) {
        return new TimeFormat(List.of(ISO), ISO, ISO, zone, DurationUnit.SECONDS, Map.of());
    }

    /** {@return ISO-8601 values in UTC, durations in seconds} */
    public static TimeFormat isoUtc() {
        return iso(ZoneOffset.UTC);
    }

    /**
     * {@return this format with local times in another zone}
     *
     * @param newZone the source's time zone
     */
    public TimeFormat withZone(ZoneId newZone) {
        return new TimeFormat(dateTimePatterns, datePattern, timePattern, newZone, durationUnit, durationUnits);
    }

    /**
     * {@return the unit of a duration field}
     *
     * @param field the field
     */
    public DurationUnit unitOf(MappedField field) {
        return durationUnits.getOrDefault(field, durationUnit);
    }

    private static void requireValidPattern(String name, String pattern) {
        if (pattern.equals(ISO)) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "%s: not a date-time pattern: '%s' (%s)".formatted(name, pattern, e.getMessage()), e);
        }
    }
}
