package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalTime;

/**
 * The hours the centre takes contacts on one day, in the centre's local time.
 *
 * @param open when the first contact may arrive
 * @param close when the last contact may arrive (exclusive); agents still finish the contacts already in the queue
 */
public record DailyHours(LocalTime open, LocalTime close) {

    /**
     * Validates the hours.
     *
     * @throws IllegalArgumentException if {@code close} is not after {@code open}, or either is not on a quarter hour
     *     (the reporting interval is 15 minutes)
     */
    public DailyHours {
        requireArgument(close.isAfter(open), "close must be after open: open=%s, close=%s", open, close);
        requireArgument(
                isQuarterHour(open) && isQuarterHour(close),
                "opening hours must fall on quarter hours: open=%s, close=%s",
                open,
                close);
    }

    private static boolean isQuarterHour(LocalTime time) {
        return time.getMinute() % 15 == 0 && time.getSecond() == 0 && time.getNano() == 0;
    }
}
