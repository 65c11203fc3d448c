package org.switchboard.engine.forecast.accuracy;

/** The level at which the points i of {@code metrics.md} §7 are taken. */
public enum AccuracyLevel {
    /** Every interval is a point. */
    INTERVAL,
    /** The intervals of a calendar day are summed into one point (the level of the §7 reference figures). */
    DAY
}
