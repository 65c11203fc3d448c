package org.switchboard.server.schedules.adherence;

import java.time.Duration;
import java.util.OptionalDouble;

/** The ratio of two durations, empty when the denominator is zero (a figure over nothing does not exist). */
final class AdherenceRatio {

    private AdherenceRatio() {}

    static OptionalDouble of(Duration numerator, Duration denominator) {
        return denominator.isZero()
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) numerator.toMillis() / denominator.toMillis());
    }
}
