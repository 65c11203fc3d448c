package org.switchboard.engine.voice;

/** How a confidence interval of a share is computed (metrics.md §4, "Sampling error"). */
public enum IntervalMethod {
    /**
     * Wilson score interval (the default): good coverage for small n and shares near 0 or 1, never leaves [0, 1].
     * With a known population it uses the effective sample size of the finite-population correction.
     */
    WILSON,
    /**
     * Normal approximation (Wald) p ± z·√(p(1−p)/n)·√((N−n)/(N−1)), clipped to the metric's range. NPS intervals
     * always use it, with the variance of a difference of two shares.
     */
    NORMAL
}
