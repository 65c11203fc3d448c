package org.switchboard.server.kpi.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;

/**
 * Whole UTC days, the periods of the per-agent day facts ({@code agent_contact_day_fact}, {@code agent_day_fact}): a
 * day starts at 00:00 UTC and lasts 24 hours, whatever the centre's zone and its daylight-saving changes.
 */
final class UtcDays {

    /** The length of a UTC day. */
    static final Duration DAY = Duration.ofDays(1);

    private UtcDays() {}

    /** {@return the start of the UTC day holding an instant} */
    static Instant startOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.DAYS);
    }

    /** {@return the first UTC day boundary at or after an instant} */
    static Instant boundaryFrom(Instant instant) {
        var start = startOf(instant);
        return start.equals(instant) ? start : start.plus(DAY);
    }

    /** {@return whether an instant is 00:00 UTC} */
    static boolean isBoundary(Instant instant) {
        return startOf(instant).equals(instant);
    }

    /**
     * Splits [{@code from}, {@code to}) into the whole UTC days inside it and the parts before and after them: the
     * parts go to {@code partial} (none when empty), the whole days to {@code whole} as one range (none when there is
     * no whole day, and then the whole range is one part). The ranges partition [{@code from}, {@code to}).
     *
     * @param from the start (included)
     * @param to the end (excluded), not before {@code from}
     * @param partial receives the range before the first whole day and the range after the last one
     * @param whole receives the range of the whole days
     */
    static void split(
            Instant from, Instant to, BiConsumer<Instant, Instant> partial, BiConsumer<Instant, Instant> whole) {
        var firstDay = boundaryFrom(from);
        var lastDayEnd = startOf(to);
        if (!firstDay.isBefore(lastDayEnd)) {
            if (from.isBefore(to)) {
                partial.accept(from, to);
            }
            return;
        }
        if (from.isBefore(firstDay)) {
            partial.accept(from, firstDay);
        }
        whole.accept(firstDay, lastDayEnd);
        if (lastDayEnd.isBefore(to)) {
            partial.accept(lastDayEnd, to);
        }
    }
}
