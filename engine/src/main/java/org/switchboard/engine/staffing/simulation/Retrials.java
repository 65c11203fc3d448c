package org.switchboard.engine.staffing.simulation;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;

/**
 * Redials: a customer who abandons calls again with probability {@code afterAbandonment}, one who is blocked (all lines
 * busy) with probability {@code afterBlocking}, after an exponential delay with mean {@code meanDelay}. Each attempt
 * decides independently, so the number of attempts of a customer is geometric.
 *
 * @param afterAbandonment probability that an abandoning customer redials, in [0, 1)
 * @param afterBlocking probability that a blocked customer redials, in [0, 1)
 * @param meanDelay mean time between the end of one attempt and the redial, positive
 */
public record Retrials(double afterAbandonment, double afterBlocking, Duration meanDelay) {

    /**
     * Validates the redial behaviour.
     *
     * @throws IllegalArgumentException if a probability is outside [0, 1) or the delay is not positive
     */
    public Retrials {
        requireArgument(
                afterAbandonment >= 0 && afterAbandonment < 1,
                "redial probability after abandonment must be in [0, 1): afterAbandonment=%s",
                afterAbandonment);
        requireArgument(
                afterBlocking >= 0 && afterBlocking < 1,
                "redial probability after blocking must be in [0, 1): afterBlocking=%s",
                afterBlocking);
        requireArgument(
                meanDelay.isPositive(), "mean redial delay must be positive: meanDelay=%s", meanDelay);
    }

    /** {@return no redials at all} */
    public static Retrials none() {
        return new Retrials(0, 0, Duration.ofMinutes(1));
    }

    /** {@return whether any customer ever redials} */
    public boolean isEnabled() {
        return afterAbandonment > 0 || afterBlocking > 0;
    }

    /** {@return the mean redial delay in seconds} */
    double meanDelaySeconds() {
        return meanDelay.toNanos() / 1e9;
    }
}
