package org.switchboard.engine.forecast;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * The forecast of one interval with its prediction intervals. A closed interval has volume 0 and all bands 0.
 *
 * @param start local start of the interval
 * @param volume point forecast of contacts offered, at least 0
 * @param lower80 lower bound of the 80 % prediction interval
 * @param upper80 upper bound of the 80 % prediction interval
 * @param lower95 lower bound of the 95 % prediction interval
 * @param upper95 upper bound of the 95 % prediction interval
 * @param ahtSeconds forecast average handle time, empty when the history had none (or the interval is closed)
 * @param closed whether the centre is expected closed in this interval (learnt from history or a −100 % special day)
 */
public record ForecastPoint(
        LocalDateTime start,
        double volume,
        double lower80,
        double upper80,
        double lower95,
        double upper95,
        OptionalDouble ahtSeconds,
        boolean closed) {

    /**
     * Validates the ordering {@code 0 <= lower95 <= lower80 <= volume <= upper80 <= upper95}.
     *
     * @throws IllegalArgumentException if the bounds are out of order, negative or not finite
     */
    public ForecastPoint {
        requireArgument(
                Double.isFinite(upper95)
                        && 0 <= lower95
                        && lower95 <= lower80
                        && lower80 <= volume
                        && volume <= upper80
                        && upper80 <= upper95,
                "bounds must satisfy 0 <= lower95 <= lower80 <= volume <= upper80 <= upper95: %s %s %s %s %s at %s",
                lower95,
                lower80,
                volume,
                upper80,
                upper95,
                start);
    }
}
