/**
 * Forecasting contact volume and handle time per interval for one queue ({@code wfm.md} "Forecasting").
 *
 * <h2>API</h2>
 *
 * <ul>
 *   <li>{@link org.switchboard.engine.forecast.HistoryReader} reads a history CSV ({@code timestamp,volume[,aht]})
 *       or {@link org.switchboard.engine.forecast.HistoryRow}s into an {@link
 *       org.switchboard.engine.forecast.IntervalHistory} ({@link org.switchboard.engine.forecast.HistoryParse}: the
 *       history or every {@link org.switchboard.engine.core.InputProblem}). A missing interval (no data) is kept
 *       apart from a zero; closed intervals are learnt from the zeros.
 *   <li>{@link org.switchboard.engine.forecast.SpecialDaysReader} reads the special-days calendar CSV ({@code
 *       date,kind[,effect_percent]}) into {@link org.switchboard.engine.forecast.SpecialDay}s.
 *   <li>{@link org.switchboard.engine.forecast.Forecaster#forecast} takes the history and a {@link
 *       org.switchboard.engine.forecast.ForecastRequest} (horizon ≤ 13 weeks, optional {@link
 *       org.switchboard.engine.forecast.ForecastMethod}, calendar) and returns a {@link
 *       org.switchboard.engine.forecast.ForecastResult}: a {@link org.switchboard.engine.forecast.Forecast} (method
 *       used, one {@link org.switchboard.engine.forecast.ForecastPoint} per interval with 80 % and 95 % prediction
 *       intervals and AHT, every method's {@link org.switchboard.engine.forecast.BacktestScore}, a fallback reason
 *       if any, notes) or a {@link org.switchboard.engine.forecast.ForecastRefused} with its problems.
 *   <li>Accuracy measures of {@code metrics.md} §7 are in {@code forecast.accuracy}.
 * </ul>
 *
 * <p>The methods themselves live in {@code forecast.internal}, one class per method with its formula and source;
 * {@code docs/forecasting.md} describes them for users.
 */
@NullMarked
package org.switchboard.engine.forecast;

import org.jspecify.annotations.NullMarked;
