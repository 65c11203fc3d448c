/**
 * Forecast accuracy as in {@code metrics.md} §7: the six measures (period error, its absolute value, mean percentage
 * error, MAPE, volume-weighted error, WAPE) and the over- and under-forecast parts of the WAPE, per interval, per day
 * or per period. {@link org.switchboard.engine.forecast.accuracy.ForecastAccuracy} computes them from paired
 * forecasts and actuals ({@link org.switchboard.engine.forecast.accuracy.AccuracyPoint}); a measure whose base is
 * zero is empty, never 0.
 */
@NullMarked
package org.switchboard.engine.forecast.accuracy;

import org.jspecify.annotations.NullMarked;
