package org.switchboard.engine.core;

/** Who started a contact. */
public enum Direction {
    /** The customer contacted the centre. Accessibility metrics (service level, abandonment) count only these. */
    INBOUND,
    /** The centre contacted the customer (call-back, campaign). */
    OUTBOUND
}
