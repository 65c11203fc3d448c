package org.switchboard.engine.forecast;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.List;
import java.util.Optional;

/**
 * What to forecast.
 *
 * @param horizonDays whole days to forecast after the history, at least 1; {@link Forecaster} refuses more than
 *     {@link #MAX_HORIZON_DAYS}
 * @param method the method to use, empty for the automatic choice by back-test
 * @param specialDays the special-days calendar, past and future days alike
 * @param scoreAllMethods whether to back-test every method (for the comparison table) even when {@code method} is
 *     given; when false only the used method is back-tested (for its prediction intervals)
 */
public record ForecastRequest(
        int horizonDays, Optional<ForecastMethod> method, List<SpecialDay> specialDays, boolean scoreAllMethods) {

    /** The longest horizon, 13 weeks. */
    public static final int MAX_HORIZON_DAYS = 91;

    /**
     * Validates the request and copies the calendar.
     *
     * @throws IllegalArgumentException if the horizon is below one day
     */
    public ForecastRequest {
        requireArgument(horizonDays >= 1, "horizon must be at least one day: horizonDays=%d", horizonDays);
        specialDays = List.copyOf(specialDays);
    }

    /**
     * {@return an automatic-choice request with no special days}
     *
     * @param horizonDays whole days to forecast
     */
    public static ForecastRequest auto(int horizonDays) {
        return new ForecastRequest(horizonDays, Optional.empty(), List.of(), true);
    }

    /**
     * {@return this request with a fixed method}
     *
     * @param fixed the method to use instead of the automatic choice
     */
    public ForecastRequest withMethod(ForecastMethod fixed) {
        return new ForecastRequest(horizonDays, Optional.of(fixed), specialDays, scoreAllMethods);
    }

    /**
     * {@return this request with a special-days calendar}
     *
     * @param calendar the special days
     */
    public ForecastRequest withSpecialDays(List<SpecialDay> calendar) {
        return new ForecastRequest(horizonDays, method, calendar, scoreAllMethods);
    }

    /**
     * {@return this request, back-testing every method or only the one used}
     *
     * @param all whether to back-test every method
     */
    public ForecastRequest withScoreAllMethods(boolean all) {
        return new ForecastRequest(horizonDays, method, specialDays, all);
    }
}
