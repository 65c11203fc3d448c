package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.OptionalLong;

/**
 * How the confidence intervals of the metrics are computed.
 *
 * @param confidence the confidence level, e.g. 0.95, strictly between 0 and 1
 * @param method Wilson (default) or normal
 * @param population the number of contacts (customers, employees) the answers were sampled from, N, for the
 *     finite-population correction; empty for an unbounded population
 */
public record IntervalSettings(double confidence, IntervalMethod method, OptionalLong population) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the confidence is not in (0, 1) or the population is below 1
     */
    public IntervalSettings {
        requireArgument(
                confidence > 0 && confidence < 1, "confidence must be between 0 and 1: confidence=%s", confidence);
        requireArgument(
                population.isEmpty() || population.getAsLong() >= 1,
                "population must be at least 1: population=%s",
                population);
    }

    /** {@return 95 % Wilson intervals, unbounded population} */
    public static IntervalSettings standard() {
        return new IntervalSettings(0.95, IntervalMethod.WILSON, OptionalLong.empty());
    }
}
