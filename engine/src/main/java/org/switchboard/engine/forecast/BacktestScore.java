package org.switchboard.engine.forecast;

import java.util.OptionalDouble;

/**
 * The rolling-origin back-test score of one method on one queue's history: WAPE ({@code metrics.md} §7, measure 6)
 * over every origin and every forecast interval with a usable actual, at the forecast's interval level and at daily
 * level (intervals summed per day before scoring).
 *
 * @param method the method
 * @param intervalWape WAPE of the interval forecasts as a fraction, empty when no actual volume was available
 * @param dailyWape WAPE of the daily totals as a fraction, empty when no whole day was available
 * @param origins the number of origins scored
 */
public record BacktestScore(ForecastMethod method, OptionalDouble intervalWape, OptionalDouble dailyWape, int origins) {}
