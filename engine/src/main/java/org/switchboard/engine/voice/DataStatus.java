package org.switchboard.engine.voice;

/** Whether a figure rests on enough answers for the {@link PrecisionTarget}. */
public enum DataStatus {
    /** n reaches the sample size of the target. */
    SUFFICIENT,
    /** n is below the sample size of the target: show the figure greyed, never as a result or a change. */
    INSUFFICIENT_DATA
}
