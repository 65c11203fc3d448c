package org.switchboard.server.kpi.dashboard;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.interactions.facts.PeriodGrid;

/**
 * The time series of the dashboard, one value per bucket; a ratio without a base is {@code null} (a gap in the chart),
 * never 0.
 *
 * @param unit the bucket length
 * @param starts each bucket's start
 * @param offered inbound contacts offered
 * @param answered inbound contacts answered
 * @param abandoned inbound contacts abandoned
 * @param serviceLevel service level (each queue with its settings; null when the variants differ or no base)
 * @param asaSeconds average speed of answer
 * @param abandonRate abandonment rate
 * @param ahtSeconds average handle time of every contact handled
 */
public record Series(
        PeriodGrid.Unit unit,
        List<Instant> starts,
        List<Long> offered,
        List<Long> answered,
        List<Long> abandoned,
        List<@Nullable Double> serviceLevel,
        List<@Nullable Double> asaSeconds,
        List<@Nullable Double> abandonRate,
        List<@Nullable Double> ahtSeconds) {

    /** Copies the lists (nulls allowed in the ratio lists). */
    public Series {
        starts = List.copyOf(starts);
        offered = List.copyOf(offered);
        answered = List.copyOf(answered);
        abandoned = List.copyOf(abandoned);
        serviceLevel = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(serviceLevel));
        asaSeconds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(asaSeconds));
        abandonRate = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(abandonRate));
        ahtSeconds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(ahtSeconds));
    }
}
