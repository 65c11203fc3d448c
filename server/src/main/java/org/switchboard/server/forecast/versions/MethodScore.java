package org.switchboard.server.forecast.versions;

import java.util.OptionalDouble;

/**
 * The rolling-origin back-test score of one forecasting method on a queue's history.
 *
 * @param method the method's name, as the command line spells it ({@code seasonal-naive}, {@code ets}, ...)
 * @param wape the back-test WAPE of the intervals as a fraction (metrics.md §7, measure 6); empty when the back-test
 *     had no actual volume to score
 * @param dailyWape the back-test WAPE of the daily totals, likewise
 */
public record MethodScore(String method, OptionalDouble wape, OptionalDouble dailyWape) {

    /**
     * Validates the score.
     *
     * @throws IllegalArgumentException if the method is blank or a WAPE is negative or not finite
     */
    public MethodScore {
        if (method.isBlank()) {
            throw new IllegalArgumentException("method score: the method must not be blank");
        }
        for (var score : new OptionalDouble[] {wape, dailyWape}) {
            if (score.isPresent() && !(score.getAsDouble() >= 0 && Double.isFinite(score.getAsDouble()))) {
                throw new IllegalArgumentException("method score of " + method
                        + ": WAPE must be finite and not negative: " + score.getAsDouble());
            }
        }
    }
}
