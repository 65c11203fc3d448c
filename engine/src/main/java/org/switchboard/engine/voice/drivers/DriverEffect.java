package org.switchboard.engine.voice.drivers;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Optional;

/**
 * The effect of one level of a driver on the outcome, adjusted for the other drivers.
 *
 * @param factor the driver, e.g. {@code "wait"}
 * @param level the level, e.g. {@code "3-10 min"}
 * @param referenceLevel the level it is compared with
 * @param responses the responses with this level
 * @param outcomes how many of them are outcomes
 * @param status whether the odds ratio was estimated, and why not
 * @param oddsRatio the odds ratio against the reference, present when the status is {@link EffectStatus#ESTIMATED}
 */
public record DriverEffect(
        String factor,
        String level,
        String referenceLevel,
        long responses,
        long outcomes,
        EffectStatus status,
        Optional<OddsRatio> oddsRatio) {

    /**
     * Validates the effect.
     *
     * @throws IllegalArgumentException if the counts are out of range or the odds ratio is present exactly when the
     *     status is not ESTIMATED
     */
    public DriverEffect {
        requireArgument(
                outcomes >= 0 && outcomes <= responses,
                "outcomes must be 0..responses: outcomes=%d, responses=%d",
                outcomes,
                responses);
        requireArgument(
                oddsRatio.isPresent() == (status == EffectStatus.ESTIMATED),
                "an odds ratio goes with the status ESTIMATED only: status=%s",
                status);
    }

    /** {@return the raw (unadjusted) share of outcomes in the level, 0 when it has no response} */
    public double share() {
        return responses == 0 ? 0 : (double) outcomes / responses;
    }
}
