package org.switchboard.engine.forecast;

/**
 * Kinds of special days. Past days of any kind are excluded from fitting (treated as missing); the effect of a future
 * day is its entered percentage or, without one, the mean ratio actual/expected of the past days of the same kind.
 */
public enum SpecialDayKind {
    /** A public holiday. */
    HOLIDAY,
    /** A marketing campaign that raises contacts. */
    CAMPAIGN,
    /** An outage (of the centre or of the service customers call about). */
    OUTAGE,
    /** The day bills are sent, which raises contacts. */
    BILL_RUN,
    /** A day marked as an outlier: excluded from fitting, no effect on a future day. */
    OUTLIER
}
