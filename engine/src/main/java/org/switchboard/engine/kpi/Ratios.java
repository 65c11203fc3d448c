package org.switchboard.engine.kpi;

import java.util.OptionalDouble;

/** Ratios that are empty, not 0 or NaN, when the denominator is zero. */
final class Ratios {

    private Ratios() {}

    /** {@return numerator / denominator, empty when the denominator is zero} */
    static OptionalDouble ratio(double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
    }

    /** {@return seconds of a number of milliseconds} */
    static double seconds(long millis) {
        return millis / 1000.0;
    }
}
