package org.switchboard.engine.voice.drivers;

import java.util.List;

/**
 * The result of a driver analysis.
 *
 * @param status whether the model was fitted
 * @param responses the responses used in the fit (after leaving out excluded levels)
 * @param outcomes the outcomes among them
 * @param iterations the IRLS iterations run
 * @param effects one effect per level of every driver, in driver order, reference first
 */
public record DriverReport(
        FitStatus status, long responses, long outcomes, int iterations, List<DriverEffect> effects) {

    /** Copies the effects. */
    public DriverReport {
        effects = List.copyOf(effects);
    }
}
