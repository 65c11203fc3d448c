package org.switchboard.engine.forecast;

/** The outcome of {@link Forecaster#forecast}: a {@link Forecast}, or {@link ForecastRefused} with the reasons. */
public sealed interface ForecastResult permits Forecast, ForecastRefused {}
