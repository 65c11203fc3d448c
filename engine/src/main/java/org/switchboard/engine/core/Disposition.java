package org.switchboard.engine.core;

/**
 * How a contact left the queue it was offered to (metrics.md §1).
 *
 * <p>An <em>offered</em> contact ends in exactly one of these. {@link #ANSWERED} and {@link #TRANSFERRED} reached an
 * agent and count as answered in service level and ASA; {@link #ABANDONED} and {@link #SHORT_ABANDON} left while
 * waiting; {@link #OVERFLOWED} left by the system's rule.
 */
public enum Disposition {
    /** Reached an agent, who finished it. */
    ANSWERED,
    /** The customer hung up or closed the chat while waiting, after more than the short-abandon threshold. */
    ABANDONED,
    /**
     * The customer left within the short-abandon threshold (default 5 s): usually a misdial, excluded from the base of
     * service level and abandonment rate by default.
     */
    SHORT_ABANDON,
    /** Left the queue by the system's rule (time-out, overflow to another queue or to voicemail) before an answer. */
    OVERFLOWED,
    /** Reached an agent, who transferred it to another queue; the other queue sees a new offered contact. */
    TRANSFERRED;

    /** {@return whether the contact reached an agent: {@link #ANSWERED} or {@link #TRANSFERRED}} */
    public boolean isAnswered() {
        return this == ANSWERED || this == TRANSFERRED;
    }

    /** {@return whether the customer gave up while waiting: {@link #ABANDONED} or {@link #SHORT_ABANDON}} */
    public boolean isAbandoned() {
        return this == ABANDONED || this == SHORT_ABANDON;
    }
}
