package org.switchboard.server.kpi.dashboard;

import java.util.OptionalDouble;

/**
 * One figure of the dashboard with its target and status.
 *
 * @param metric what it is
 * @param value the figure in the metric's unit, empty when there is none (no contacts, a base of 0)
 * @param target the target it is judged against, empty when none applies
 * @param status the status against the target
 */
public record KpiTile(Metric metric, OptionalDouble value, OptionalDouble target, TileStatus status) {

    /** {@return a figure without a target} */
    static KpiTile of(Metric metric, OptionalDouble value) {
        return new KpiTile(metric, value, OptionalDouble.empty(), TileStatus.of(value, OptionalDouble.empty(),
                metric.better()));
    }

    /** {@return a count} */
    static KpiTile count(Metric metric, long value) {
        return of(metric, OptionalDouble.of(value));
    }

    /** {@return a figure judged against a target} */
    static KpiTile judged(Metric metric, OptionalDouble value, OptionalDouble target) {
        return new KpiTile(metric, value, target, TileStatus.of(value, target, metric.better()));
    }
}
