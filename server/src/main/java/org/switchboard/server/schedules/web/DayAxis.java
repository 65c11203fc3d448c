package org.switchboard.server.schedules.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The 24-hour axis of a local day on which the Gantt and the deviation timeline place bars: positions in percent of
 * the day (rounded to 0.01), clipped to the day, and labels as local times.
 *
 * @param start the day's first instant
 * @param end the next day's first instant
 * @param zone the centre's time zone
 */
record DayAxis(Instant start, Instant end, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    static DayAxis of(LocalDate day, ZoneId zone) {
        return new DayAxis(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    /** {@return where an instant lies, percent of the day} */
    double percent(Instant at) {
        double span = end.toEpochMilli() - start.toEpochMilli();
        double offset = Math.max(0, Math.min(span, at.toEpochMilli() - start.toEpochMilli()));
        return Math.round(10_000 * offset / span) / 100.0;
    }

    /** {@return how much of the day a stretch covers, percent} */
    double width(Instant from, Instant to) {
        return Math.max(0, percent(to) - percent(from));
    }

    /** {@return a stretch's local times, {@code 08:00–16:30}} */
    String label(Instant from, Instant to) {
        return TIME.format(from.atZone(zone)) + "–" + TIME.format(to.atZone(zone));
    }
}
