package org.switchboard.server.forecast.versions;

import java.util.OptionalDouble;

/**
 * The rolling-origin back-test score of one forecasting method on a queue's history.
 *
 * @param method the method's name, as the command line spells it ({@code seasonal-naive}, {@code ets}, ...)
 * @param wape the back-test WAPE as a fraction (metrics.md §7, measure 6); empty when the method could not be tested
 */
public record MethodScore(String method, OptionalDouble wape) {

    /**
     * Validates the score.
     *
     * @throws IllegalArgumentException if the method is blank or the WAPE is negative or not finite
     */
    public MethodScore {
        if (method.isBlank()) {
            throw new IllegalArgumentException("method score: the method must not be blank");
        }
        if (wape.isPresent() && !(wape.getAsDouble() >= 0 && Double.isFinite(wape.getAsDouble()))) {
            throw new IllegalArgumentException("method score of " + method + ": WAPE must be finite and not negative: "
                    + wape.getAsDouble());
        }
    }
}
