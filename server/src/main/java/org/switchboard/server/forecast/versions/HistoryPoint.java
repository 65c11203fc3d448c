package org.switchboard.server.forecast.versions;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * One interval of the history a forecast was made from.
 *
 * @param start the interval's local start
 * @param volume contacts offered
 * @param ahtSeconds AHT in seconds, empty when none was handled or the history has no AHT
 */
public record HistoryPoint(LocalDateTime start, double volume, OptionalDouble ahtSeconds) {

    /**
     * Validates the volume.
     *
     * @throws IllegalArgumentException if the volume is negative or not finite
     */
    public HistoryPoint {
        if (!(volume >= 0 && Double.isFinite(volume))) {
            throw new IllegalArgumentException("history " + start + ": volume must be finite and not negative: "
                    + volume);
        }
    }
}
