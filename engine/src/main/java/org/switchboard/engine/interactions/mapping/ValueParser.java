package org.switchboard.engine.interactions.mapping;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the text of one value as a profile says: instants, dates, times, durations and decimals. Every method
 * returns empty for text it cannot read; the caller reports it. Immutable.
 */
final class ValueParser {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final List<InstantPattern> dateTimePatterns = new ArrayList<>();
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final char decimalSeparator;
    private final String patternsText;

    /** One entry of {@link TimeFormat#dateTimePatterns()}: a keyword or a formatter. */
    private sealed interface InstantPattern {}

    private record Iso() implements InstantPattern {}

    private record Epoch(long unitsPerSecond) implements InstantPattern {}

    private record Pattern(DateTimeFormatter formatter) implements InstantPattern {}

    ValueParser(TimeFormat format, char decimalSeparator) {
        for (var pattern : format.dateTimePatterns()) {
            dateTimePatterns.add(switch (pattern) {
                case TimeFormat.ISO -> new Iso();
                case TimeFormat.EPOCH_SECONDS -> new Epoch(1);
                case TimeFormat.EPOCH_MILLIS -> new Epoch(1000);
                default -> new Pattern(formatter(pattern));
            });
        }
        this.date = format.datePattern().equals(TimeFormat.ISO)
                ? DateTimeFormatter.ISO_LOCAL_DATE
                : formatter(format.datePattern());
        this.time = format.timePattern().equals(TimeFormat.ISO)
                ? DateTimeFormatter.ISO_LOCAL_TIME
                : formatter(format.timePattern());
        this.zone = format.zone();
        this.decimalSeparator = decimalSeparator;
        this.patternsText = String.join(" or ", format.dateTimePatterns());
    }

    /**
     * A strict formatter: {@code 31/02/2016} is rejected, not moved to 29 February. Strict resolution needs the
     * proleptic year {@code u}, so the year-of-era {@code y} of everyday patterns is read as {@code u} (the same for
     * years after year 0).
     */
    private static DateTimeFormatter formatter(String pattern) {
        var strict = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int k = 0; k < pattern.length(); k++) {
            char c = pattern.charAt(k);
            if (c == '\'') {
                quoted = !quoted;
            }
            strict.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(strict.toString(), Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** {@return the date-time patterns, joined for messages} */
    String dateTimePatterns() {
        return patternsText;
    }

    Optional<Instant> instant(String text) {
        for (var pattern : dateTimePatterns) {
            var parsed = switch (pattern) {
                case Iso iso -> iso(text);
                case Epoch epoch -> epoch(text, epoch.unitsPerSecond());
                case Pattern formatted -> formatted(text, formatted.formatter());
            };
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return isoFallback(text);
    }

    /**
     * ISO-8601 is understood whatever the patterns, since spreadsheet date cells arrive in ISO form: a date-time
     * (with or without offset) or a date alone, at the start of the day.
     */
    private Optional<Instant> isoFallback(String text) {
        var parsed = iso(text);
        if (parsed.isPresent() || text.length() != 10) {
            return parsed;
        }
        return localDate(text, DateTimeFormatter.ISO_LOCAL_DATE).map(day -> inZone(day.atStartOfDay()));
    }

    /** {@return the date in the date pattern, or in ISO form (see {@link #isoFallback})} */
    Optional<LocalDate> date(String text) {
        return localDate(text, date).or(() -> localDate(text, DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** {@return the time of day in the time pattern, or in ISO form (see {@link #isoFallback})} */
    Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.from(time.parse(text)));
        } catch (DateTimeException e) {
            try {
                return Optional.of(LocalTime.parse(text));
            } catch (DateTimeException notIso) {
                return Optional.empty();
            }
        }
    }

    private static Optional<LocalDate> localDate(String text, DateTimeFormatter formatter) {
        try {
            return Optional.of(LocalDate.from(formatter.parse(text)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@return a local date and time in the source's zone, as an instant (DST: see {@link TimeFormat})} */
    Instant inZone(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    Optional<Duration> duration(String text, DurationUnit unit) {
        if (unit == DurationUnit.CLOCK) {
            return clock(text);
        }
        long whole = digits(text, 12);
        if (whole >= 0) {
            // Whole numbers, the common case, without BigDecimal.
            return Optional.of(switch (unit) {
                case SECONDS -> Duration.ofSeconds(whole);
                case MINUTES -> Duration.ofMinutes(whole);
                case MILLISECONDS -> Duration.ofMillis(whole);
                case CLOCK -> throw new IllegalStateException("handled above");
            });
        }
        return decimal(text).flatMap(amount -> {
            var nanos = switch (unit) {
                case SECONDS -> amount.movePointRight(9);
                case MINUTES -> amount.multiply(BigDecimal.valueOf(60)).movePointRight(9);
                case MILLISECONDS -> amount.movePointRight(6);
                case CLOCK -> throw new IllegalStateException("handled above");
            };
            try {
                return Optional.of(Duration.ofNanos(nanos.longValueExact()));
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    /** {@return a decimal number with the profile's separator and an optional leading minus, no grouping} */
    Optional<BigDecimal> decimal(String text) {
        int length = text.length();
        if (length == 0 || length > 40) {
            return Optional.empty();
        }
        var digits = new StringBuilder(length);
        boolean separator = false;
        boolean digit = false;
        for (int k = 0; k < length; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
                digits.append(c);
            } else if (c == decimalSeparator && !separator) {
                separator = true;
                digits.append('.');
            } else if (c == '-' && k == 0) {
                digits.append(c);
            } else {
                return Optional.empty();
            }
        }
        return digit ? Optional.of(new BigDecimal(digits.toString())) : Optional.empty();
    }

    private Optional<Duration> clock(String text) {
        boolean negative = text.startsWith("-");
        var parts = (negative ? text.substring(1) : text).split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        long hours = parts.length == 3 ? digits(parts[0], 9) : 0;
        long minutes = digits(parts[parts.length - 2], 2);
        var seconds = decimal(parts[parts.length - 1]).filter(value -> value.signum() >= 0);
        if (hours < 0 || minutes < 0 || minutes > 59 || seconds.isEmpty() || seconds.get().compareTo(SIXTY) >= 0) {
            return Optional.empty();
        }
        var total = Duration.ofHours(hours)
                .plusMinutes(minutes)
                .plusNanos(seconds.get().movePointRight(9).longValue());
        return Optional.of(negative ? total.negated() : total);
    }

    /** {@return the value of 1 to {@code maxDigits} decimal digits, −1 for anything else} */
    private static long digits(String text, int maxDigits) {
        if (text.isEmpty() || text.length() > maxDigits) {
            return -1;
        }
        long value = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private Optional<Instant> iso(String text) {
        if (isPlainUtc(text)) {
            // Fast path for the commonest form, 2026-03-02T07:00:13Z: about 20 times faster than the formatter.
            int year = (int) digits(text.substring(0, 4), 4);
            int month = (int) digits(text.substring(5, 7), 2);
            int day = (int) digits(text.substring(8, 10), 2);
            int hour = (int) digits(text.substring(11, 13), 2);
            int minute = (int) digits(text.substring(14, 16), 2);
            int second = (int) digits(text.substring(17, 19), 2);
            try {
                return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        var normalised = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        return formatted(normalised, DateTimeFormatter.ISO_DATE_TIME);
    }

    private static boolean isPlainUtc(String text) {
        if (text.length() != 20 || text.charAt(19) != 'Z' || text.charAt(10) != 'T') {
            return false;
        }
        for (int k = 0; k < 19; k++) {
            char c = text.charAt(k);
            boolean expected = switch (k) {
                case 4, 7 -> c == '-';
                case 10 -> true;
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!expected) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Instant> epoch(String text, long unitsPerSecond) {
        long value = digits(text, 18);
        if (value < 0) {
            return Optional.empty();
        }
        long nanosPerUnit = 1_000_000_000L / unitsPerSecond;
        return Optional.of(Instant.ofEpochSecond(value / unitsPerSecond, (value % unitsPerSecond) * nanosPerUnit));
    }

    private Optional<Instant> formatted(String text, DateTimeFormatter formatter) {
        try {
            TemporalAccessor parsed = formatter.parse(text);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.of(ZonedDateTime.from(parsed).toInstant());
            }
            if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return Optional.of(inZone(LocalDateTime.from(parsed)));
            }
            return Optional.of(inZone(LocalDate.from(parsed).atStartOfDay()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
