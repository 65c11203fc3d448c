package org.switchboard.engine.forecast.accuracy;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDateTime;

/**
 * A forecast and the actual that arrived later, for one interval (or one day, after {@link
 * ForecastAccuracy#byDay}).
 *
 * @param start local start of the interval (midnight for a day)
 * @param forecast the forecast volume, at least 0
 * @param actual the actual volume, at least 0
 */
public record AccuracyPoint(LocalDateTime start, double forecast, double actual) {

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException if either value is negative or not finite
     */
    public AccuracyPoint {
        requireArgument(
                Double.isFinite(forecast) && forecast >= 0 && Double.isFinite(actual) && actual >= 0,
                "forecast and actual must be finite and >= 0: forecast=%s, actual=%s at %s",
                forecast,
                actual,
                start);
    }
}
