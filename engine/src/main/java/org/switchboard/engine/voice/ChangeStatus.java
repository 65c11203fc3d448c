package org.switchboard.engine.voice;

/** The verdict on a change between two periods ({@link PeriodComparison}). */
public enum ChangeStatus {
    /** The test rejects "no change" at 1 − confidence and the metric went up. */
    SIGNIFICANT_RISE,
    /** The test rejects "no change" at 1 − confidence and the metric went down. */
    SIGNIFICANT_FALL,
    /** The test does not reject "no change": the difference may be sampling noise. */
    NO_SIGNIFICANT_CHANGE,
    /** One of the periods has fewer answers than the precision target needs: no verdict. */
    INSUFFICIENT_DATA
}
