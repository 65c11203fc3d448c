package org.switchboard.engine.voice.drivers;

/** The outcome of fitting a driver model. */
public enum FitStatus {
    /** IRLS converged: the odds ratios are maximum-likelihood estimates. */
    FITTED,
    /**
     * Too few responses, or no outcome or no non-outcome at all, after levels with too few responses or separated
     * were left out.
     */
    TOO_FEW_RESPONSES,
    /**
     * IRLS did not converge or a coefficient ran off to infinity: quasi-complete separation by a combination of
     * levels (e.g. every transferred contact of one queue satisfied). The maximum-likelihood estimate does not exist;
     * use fewer drivers or merge levels.
     */
    NOT_CONVERGED
}
