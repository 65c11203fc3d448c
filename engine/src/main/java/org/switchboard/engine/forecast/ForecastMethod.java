package org.switchboard.engine.forecast;

import java.util.Locale;
import java.util.Optional;

/**
 * The forecasting methods of {@code wfm.md} "Forecasting". Each one is described, with its formula and source, in
 * {@code docs/forecasting.md} and on its implementing class in {@code forecast.internal}.
 */
public enum ForecastMethod {
    /** Same interval one week earlier (the benchmark every other method must beat). */
    SEASONAL_NAIVE,
    /** Linearly weighted average of the same weekday and interval over the last six usable weeks. */
    WEEKDAY_AVERAGE,
    /** Double-seasonal (intraday and weekly) exponential smoothing after Taylor (2003), additive form. */
    ETS,
    /** Daily total (Holt–Winters on daily totals, weekly season) times the recent intraday profile of the weekday. */
    DECOMPOSITION,
    /** Least-squares regression on weekday and weekly Fourier terms over the recent weeks. */
    REGRESSION;

    /** {@return the command-line name, e.g. {@code seasonal-naive}} */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Finds a method by its command-line name.
     *
     * @param cliName e.g. {@code weekday-average}; case is ignored
     * @return the method, empty when no method has that name
     */
    public static Optional<ForecastMethod> fromCliName(String cliName) {
        for (var method : values()) {
            if (method.cliName().equalsIgnoreCase(cliName.strip())) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
