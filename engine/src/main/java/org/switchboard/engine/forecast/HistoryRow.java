package org.switchboard.engine.forecast;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * One interval of history as it comes from a file or from the interval facts.
 *
 * @param start the local start of the interval
 * @param volume contacts offered (may be fractional, e.g. half-calls of a preprocessed source); at least 0
 * @param ahtSeconds average handle time of the interval in seconds, empty when unknown
 */
public record HistoryRow(LocalDateTime start, double volume, OptionalDouble ahtSeconds) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if the volume is negative or not finite, or the AHT negative or not finite
     */
    public HistoryRow {
        requireArgument(
                Double.isFinite(volume) && volume >= 0, "volume must be finite and >= 0: %s at %s", volume, start);
        if (ahtSeconds.isPresent()) {
            double aht = ahtSeconds.getAsDouble();
            requireArgument(Double.isFinite(aht) && aht >= 0, "aht must be finite and >= 0: %s at %s", aht, start);
        }
    }
}
