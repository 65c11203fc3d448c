/**
 * Forecasting (issue 5, wfm.md "Forecasting", metrics.md §7): interval forecasts of a queue's volume and AHT from its
 * interval history (the KPI facts, through {@link org.switchboard.server.kpi.QueueHistory}, or an uploaded history
 * file), stored as versions that are drafted, adjusted by hand and published; the special-days calendar and marked
 * outliers; and the accuracy of a stored version against the actuals that arrived later. The forecasting methods and
 * the accuracy measures are the engine's ({@code org.switchboard.engine.forecast}). {@link
 * org.switchboard.server.forecast.Forecasting} is the entry point of other modules; {@link
 * org.switchboard.server.forecast.ForecastPublished} announces a published version. Pages live in {@code web}.
 */
@NullMarked
package org.switchboard.server.forecast;

import org.jspecify.annotations.NullMarked;
