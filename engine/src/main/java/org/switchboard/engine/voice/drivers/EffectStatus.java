package org.switchboard.engine.voice.drivers;

/** Whether and why a driver level got an odds ratio. */
public enum EffectStatus {
    /** The odds ratio against the reference level was estimated. */
    ESTIMATED,
    /** The level the others are compared with (odds ratio 1 by definition). */
    REFERENCE,
    /** Fewer responses than the minimum: left out of the fit (its responses too), no estimate. */
    TOO_FEW_RESPONSES,
    /**
     * Every response of the level is an outcome, or none is (complete separation): the odds ratio would be infinite
     * or zero; left out of the fit, its share is reported instead.
     */
    SEPARATED,
    /**
     * The level is a linear combination of other levels in the data (e.g. an agent who works one queue only, when
     * both queue and agent are drivers): its effect cannot be told apart; dropped from the model, as R's glm reports
     * NA.
     */
    ALIASED,
    /** The model as a whole could not be fitted ({@link FitStatus}), so no level has an estimate. */
    NOT_ESTIMATED
}
