package org.switchboard.server.forecast.versions;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * One interval of a forecast version: the method's volume with its 80 % and 95 % prediction bands, the AHT forecast,
 * and the planner's manual adjustment. The planned figures are the method's scaled by the adjustment:
 * <pre>  planned = volume × (1 + adjustmentPercent / 100)</pre>
 * and the bands likewise, so an adjustment moves the whole band.
 *
 * @param start the interval's local start
 * @param volume the method's forecast of contacts offered
 * @param lower80 lower end of the 80 % prediction interval
 * @param upper80 upper end of the 80 % prediction interval
 * @param lower95 lower end of the 95 % prediction interval
 * @param upper95 upper end of the 95 % prediction interval
 * @param ahtSeconds the AHT forecast in seconds, empty when the history has no AHT
 * @param adjustmentPercent the manual adjustment in percent, 0 for none; at least −100
 */
public record VersionInterval(
        LocalDateTime start,
        double volume,
        double lower80,
        double upper80,
        double lower95,
        double upper95,
        OptionalDouble ahtSeconds,
        double adjustmentPercent) {

    /**
     * Validates the figures.
     *
     * @throws IllegalArgumentException if a figure is not finite, the volume is negative, the bands are not nested
     *     ({@code lower95 ≤ lower80 ≤ upper80 ≤ upper95}) or the adjustment is below −100 %
     */
    public VersionInterval {
        for (double figure : new double[] {volume, lower80, upper80, lower95, upper95, adjustmentPercent}) {
            if (!Double.isFinite(figure)) {
                throw new IllegalArgumentException("forecast interval " + start + ": figures must be finite");
            }
        }
        if (volume < 0 || lower95 > lower80 || lower80 > upper80 || upper80 > upper95) {
            throw new IllegalArgumentException("forecast interval " + start + ": volume " + volume
                    + " must not be negative and the bands must be nested: 95 % [" + lower95 + ", " + upper95
                    + "], 80 % [" + lower80 + ", " + upper80 + "]");
        }
        if (adjustmentPercent < -100) {
            throw new IllegalArgumentException(
                    "forecast interval " + start + ": adjustment must be at least -100 %: " + adjustmentPercent);
        }
    }

    /** {@return the planned volume: the method's volume scaled by the adjustment} */
    public double plannedVolume() {
        return scaled(volume);
    }

    /** {@return the planned lower end of the 80 % band} */
    public double plannedLower80() {
        return scaled(lower80);
    }

    /** {@return the planned upper end of the 80 % band} */
    public double plannedUpper80() {
        return scaled(upper80);
    }

    /** {@return the planned lower end of the 95 % band} */
    public double plannedLower95() {
        return scaled(lower95);
    }

    /** {@return the planned upper end of the 95 % band} */
    public double plannedUpper95() {
        return scaled(upper95);
    }

    /** {@return this interval with another adjustment} */
    public VersionInterval withAdjustment(double percent) {
        return new VersionInterval(start, volume, lower80, upper80, lower95, upper95, ahtSeconds, percent);
    }

    private double scaled(double figure) {
        return figure * (1 + adjustmentPercent / 100);
    }
}
