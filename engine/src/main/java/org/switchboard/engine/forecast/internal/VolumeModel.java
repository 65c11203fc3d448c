package org.switchboard.engine.forecast.internal;

/** A volume forecasting method: learns from the intervals before an origin and forecasts the ones after it. */
public interface VolumeModel {

    /**
     * Forecasts volumes.
     *
     * @param series the volumes; only intervals {@code < origin} may be read
     * @param origin the first forecast interval, at a day boundary
     * @param horizon the number of intervals to forecast
     * @param closed the intervals of the week learnt as closed (forecast as 0 by the caller; a method may leave them
     *     out of its fit)
     * @return {@code horizon} forecasts, each finite and at least 0
     */
    double[] forecast(Series series, int origin, int horizon, boolean[] closed);
}
