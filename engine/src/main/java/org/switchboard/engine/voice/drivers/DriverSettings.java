package org.switchboard.engine.voice.drivers;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Map;

/**
 * Settings of a driver analysis.
 *
 * @param minimumResponses a level with fewer responses is not estimated ({@link EffectStatus#TOO_FEW_RESPONSES}); the
 *     Wald interval needs roughly ten outcomes and ten non-outcomes per level, so 30 is the default
 * @param confidence the confidence level of the odds-ratio intervals
 * @param referenceLevels the reference level of a driver by name (e.g. wait "0-20 s"); a driver not named here uses
 *     its level with the most responses
 */
public record DriverSettings(int minimumResponses, double confidence, Map<String, String> referenceLevels) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the minimum is below 1 or the confidence not in (0, 1)
     */
    public DriverSettings {
        requireArgument(minimumResponses >= 1, "minimum responses must be at least 1: %d", minimumResponses);
        requireArgument(
                confidence > 0 && confidence < 1, "confidence must be between 0 and 1: confidence=%s", confidence);
        referenceLevels = Map.copyOf(referenceLevels);
    }

    /** {@return 30 responses per level, 95 % intervals, the most frequent level as reference} */
    public static DriverSettings standard() {
        return new DriverSettings(30, 0.95, Map.of());
    }
}
