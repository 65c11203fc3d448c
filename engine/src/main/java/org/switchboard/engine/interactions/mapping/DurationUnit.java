package org.switchboard.engine.interactions.mapping;

/** How a source writes durations. */
public enum DurationUnit {
    /** Seconds, whole or decimal: {@code 67}, {@code 67.5}. */
    SECONDS,
    /** Minutes, whole or decimal: {@code 1.5}. */
    MINUTES,
    /** Milliseconds: {@code 67500}. */
    MILLISECONDS,
    /** Clock text {@code h:mm:ss} or {@code mm:ss}, hours may exceed 23: {@code 00:02:59}, {@code 2:59}. */
    CLOCK
}
