package org.switchboard.engine.forecast;

import java.util.List;
import java.util.Optional;

/**
 * A forecast of one queue.
 *
 * @param method the method used (chosen by back-test, requested, or the fallback)
 * @param intervalMinutes the interval length of the points
 * @param points one point per interval of the horizon, in time order
 * @param scores the rolling-origin back-test score of every method tried, in {@link ForecastMethod} order; empty when
 *     the history was too short to back-test
 * @param fallbackReason why {@code method} is a fallback rather than the back-test's choice or the requested method
 * @param notes what the forecaster noticed and did, in English (excluded days, learnt special-day effects, how the
 *     prediction intervals were made)
 */
public record Forecast(
        ForecastMethod method,
        int intervalMinutes,
        List<ForecastPoint> points,
        List<BacktestScore> scores,
        Optional<String> fallbackReason,
        List<String> notes)
        implements ForecastResult {

    /** Copies the lists. */
    public Forecast {
        points = List.copyOf(points);
        scores = List.copyOf(scores);
        notes = List.copyOf(notes);
    }
}
