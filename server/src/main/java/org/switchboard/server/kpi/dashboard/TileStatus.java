package org.switchboard.server.kpi.dashboard;

import java.util.Locale;
import java.util.OptionalDouble;

/** A figure's status against its target (metrics.md §8, without the amber band, as only targets are configured). */
public enum TileStatus {
    /** The figure meets its target. */
    MET,
    /** The figure misses its target. */
    MISSED,
    /** No target is set, or the figures of several queues with different targets are combined. */
    NO_TARGET,
    /** There is no figure: no contacts, or a base of zero. */
    NO_DATA;

    /**
     * {@return the status of a figure}
     *
     * @param value the figure, empty when there is none
     * @param target the target, empty when none is set
     * @param better which way is better
     */
    static TileStatus of(OptionalDouble value, OptionalDouble target, Metric.Better better) {
        if (value.isEmpty()) {
            return NO_DATA;
        }
        if (target.isEmpty() || better == Metric.Better.NEITHER) {
            return NO_TARGET;
        }
        boolean met = better == Metric.Better.HIGHER
                ? value.getAsDouble() >= target.getAsDouble()
                : value.getAsDouble() <= target.getAsDouble();
        return met ? MET : MISSED;
    }

    /** {@return the message-key and CSS form, e.g. {@code no-target}} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
