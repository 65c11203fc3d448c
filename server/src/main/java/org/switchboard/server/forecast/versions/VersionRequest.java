package org.switchboard.server.forecast.versions;

import java.time.LocalDate;

/**
 * What a forecast version was asked for: the queue, interval length, horizon and method, and the history it came from.
 *
 * @param queue the queue
 * @param intervalMinutes 15, 30 or 60
 * @param firstDay the first day forecast
 * @param horizonDays the days forecast, 1 to {@value #MAX_HORIZON_DAYS} (13 weeks)
 * @param historySource facts or an uploaded file
 * @param historyFirst the first day of the history
 * @param historyLast the last day of the history
 * @param requestedMethod {@code auto} or one method's name
 */
public record VersionRequest(
        String queue,
        int intervalMinutes,
        LocalDate firstDay,
        int horizonDays,
        HistorySource historySource,
        LocalDate historyFirst,
        LocalDate historyLast,
        String requestedMethod) {

    /** The longest horizon: 13 weeks. */
    public static final int MAX_HORIZON_DAYS = 91;

    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException if the queue or method is blank, the interval is not 15, 30 or 60 minutes, the
     *     horizon is outside 1..91 days or the history's last day is before its first
     */
    public VersionRequest {
        if (queue.isBlank() || requestedMethod.isBlank()) {
            throw new IllegalArgumentException("forecast request: queue and method must not be blank");
        }
        if (intervalMinutes != 15 && intervalMinutes != 30 && intervalMinutes != 60) {
            throw new IllegalArgumentException("forecast request: interval minutes must be 15, 30 or 60: "
                    + intervalMinutes);
        }
        if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("forecast request: horizon must be 1 to " + MAX_HORIZON_DAYS
                    + " days (13 weeks): " + horizonDays);
        }
        if (historyLast.isBefore(historyFirst)) {
            throw new IllegalArgumentException("forecast request: history ends " + historyLast + " before it starts "
                    + historyFirst);
        }
    }
}
