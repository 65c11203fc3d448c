/**
 * Driver analysis (metrics.md §4): which contact attributes (wait-time band, transfer, repeat contact, queue, agent,
 * reason) and which other survey items move CSAT or CDSAT, with effect sizes and their uncertainty. The method is a
 * logistic regression on categorical drivers fitted by iteratively reweighted least squares
 * ({@link org.switchboard.engine.voice.drivers.LogisticDrivers}); the effects are odds ratios with Wald intervals.
 * Responses are aggregated by level combination in {@link org.switchboard.engine.voice.drivers.DriverData}; waits are
 * banded by {@link org.switchboard.engine.voice.drivers.WaitBands}.
 */
@NullMarked
package org.switchboard.engine.voice.drivers;

import org.jspecify.annotations.NullMarked;
