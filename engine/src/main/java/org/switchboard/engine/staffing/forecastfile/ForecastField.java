package org.switchboard.engine.staffing.forecastfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a forecast file, each with the header names it is recognised by. Headers are compared after
 * {@link #normalise(String) normalising}: lower case, every run of characters other than letters and digits turned
 * into one underscore, leading and trailing underscores dropped ({@code "AHT (s)"} becomes {@code aht_s},
 * {@code "Interval start"} becomes {@code interval_start}).
 *
 * <p>The interval start is either one column ({@link #INTERVAL_START}) or a {@link #DATE} and a {@link #TIME} column.
 * {@link #FILE} is not a column: it marks problems of the file as a whole.
 */
public enum ForecastField {
    /** Start of the interval, date and time: {@code 2026-03-02T08:00} or {@code 2026-03-02 08:00}. */
    INTERVAL_START(List.of("interval_start", "interval", "start", "datetime", "date_time", "timestamp", "start_time")),
    /** Date of the interval when date and time are separate columns: {@code 2026-03-02}. */
    DATE(List.of("date", "day")),
    /** Time of day of the interval start when date and time are separate columns: {@code 08:00}. */
    TIME(List.of("time", "interval_time", "time_of_day")),
    /** Contacts offered in the interval, at least 0 (fractions allowed: forecasts are expectations). */
    CONTACTS(List.of("contacts", "calls", "volume", "offered", "contacts_offered")),
    /** Average handle time in seconds, above 0 when the interval has contacts. */
    AHT(List.of("aht", "aht_seconds", "aht_s", "aht_sec", "handle_time", "handle_time_seconds", "average_handle_time")),
    /** Queue (or skill) the row is for; optional. */
    QUEUE(List.of("queue", "queue_name", "skill")),
    /** The file as a whole, not one column. */
    FILE(List.of());

    private final List<String> headers;

    ForecastField(List<String> headers) {
        this.headers = headers;
    }

    /** {@return the normalised header names this column is recognised by; the first is the canonical one} */
    public List<String> headers() {
        return headers;
    }

    /** {@return the column a header names, if any} */
    static Optional<ForecastField> ofHeader(String header) {
        var name = normalise(header);
        for (var field : values()) {
            if (field.headers.contains(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** {@return a header in the form the aliases are written in} */
    static String normalise(String header) {
        return header.strip()
                .replace("\uFEFF", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "_")
                .replaceAll("^_+|_+$", "");
    }
}
