package org.switchboard.engine.kpi;

import java.util.OptionalDouble;

/**
 * The four definitions of service level SL(T) in use (metrics.md §1). Each is named in the UI next to the figure.
 * "Within T" means a wait of at most T whole seconds, each wait rounded up to the whole second.
 */
public enum ServiceLevelVariant {

    /** Default. SL = answered within T / (offered − short abandons). */
    ANSWERED_OF_OFFERED,
    /** SL = answered within T / answered. */
    ANSWERED_OF_ANSWERED,
    /** SL = answered within T / (offered − abandoned within T). */
    EXCLUDE_EARLY_ABANDONS,
    /** SL = (answered within T + abandoned within T) / offered. */
    ABANDONS_WITHIN_T_COUNT_AS_MET;

    /**
     * {@return the service level by this variant's formula (metrics.md §1), empty when the denominator is 0}
     *
     * @param offered contacts offered
     * @param answered contacts answered
     * @param shortAbandons abandons within the short-abandon threshold
     * @param answeredWithin contacts answered within T
     * @param abandonedWithin contacts abandoned within T
     */
    public OptionalDouble serviceLevel(
            long offered, long answered, long shortAbandons, long answeredWithin, long abandonedWithin) {
        return switch (this) {
            case ANSWERED_OF_OFFERED -> Ratios.ratio(answeredWithin, offered - shortAbandons);
            case ANSWERED_OF_ANSWERED -> Ratios.ratio(answeredWithin, answered);
            case EXCLUDE_EARLY_ABANDONS -> Ratios.ratio(answeredWithin, offered - abandonedWithin);
            case ABANDONS_WITHIN_T_COUNT_AS_MET -> Ratios.ratio(answeredWithin + abandonedWithin, offered);
        };
    }
}
