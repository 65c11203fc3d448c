package org.switchboard.server.forecast;

import java.time.LocalDate;
import java.util.Optional;
import org.switchboard.server.forecast.versions.VersionRequest;

/**
 * What a planner asks for: a forecast of one queue.
 *
 * @param queue the queue
 * @param intervalMinutes 15, 30 or 60
 * @param horizonDays days to forecast, 1 to 91 (13 weeks)
 * @param method {@code auto} or one method's command-line name ({@code seasonal-naive}, {@code weekday-average},
 *     {@code ets}, {@code decomposition}, {@code regression})
 * @param firstDay the first day to forecast; the history ends the day before. Empty: the day after the last day of
 *     history
 */
public record ForecastOrder(
        String queue, int intervalMinutes, int horizonDays, String method, Optional<LocalDate> firstDay) {

    /** The automatic choice of method by back-test. */
    public static final String AUTO = "auto";

    /**
     * Validates the order.
     *
     * @throws IllegalArgumentException if the queue is blank, the interval is not 15, 30 or 60 minutes or the horizon
     *     is outside 1 to 91 days
     */
    public ForecastOrder {
        if (queue.isBlank()) {
            throw new IllegalArgumentException("forecast: the queue must not be blank");
        }
        if (intervalMinutes != 15 && intervalMinutes != 30 && intervalMinutes != 60) {
            throw new IllegalArgumentException("forecast: interval minutes must be 15, 30 or 60: " + intervalMinutes);
        }
        if (horizonDays < 1 || horizonDays > VersionRequest.MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("forecast: horizon must be 1 to " + VersionRequest.MAX_HORIZON_DAYS
                    + " days (13 weeks): " + horizonDays);
        }
    }
}
