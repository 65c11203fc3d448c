package org.switchboard.engine.forecast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PredictionBandsTest {

    @Test
    void poissonBandsUseTheNormalQuantilesOnTheSquareRootScale() {
        // F = 99: scale √(99 + 1) = 10; z(0.90) = 1.281552, z(0.975) = 1.959964 (normal table).
        var bounds = PredictionBands.poisson().bounds(99, 0);

        assertThat(bounds[0]).isCloseTo(99 - 19.59964, within(1e-9));
        assertThat(bounds[1]).isCloseTo(99 - 12.81552, within(1e-9));
        assertThat(bounds[2]).isCloseTo(99 + 12.81552, within(1e-9));
        assertThat(bounds[3]).isCloseTo(99 + 19.59964, within(1e-9));
    }

    @Test
    void empiricalQuantilesInterpolateLikeRType7() {
        // Errors 0, 1, …, 100 in week 0: R quantile(0:100, c(.025, .1, .9, .975)) = 2.5, 10, 90, 97.5.
        var errors = new double[101];
        for (int i = 0; i <= 100; i++) {
            errors[i] = i;
        }
        var bands = PredictionBands.fromErrors(new double[][] {errors});

        // F = 0, scale 1: the lower bounds are clipped to F = 0, the upper ones are F + q.
        var bounds = bands.bounds(0, 0);
        assertThat(bounds).containsExactly(new double[] {0, 0, 90, 97.5}, within(1e-12));
    }

    @Property(tries = 300)
    void boundsAreOrderedAndNeverNegative(
            @ForAll @Size(min = 0, max = 120) double[] errors,
            @ForAll @DoubleRange(min = 0, max = 1e4) double forecast) {
        for (int i = 0; i < errors.length; i++) {
            errors[i] = Double.isFinite(errors[i]) ? Math.max(-1e3, Math.min(1e3, errors[i])) : 0;
        }
        var bounds = PredictionBands.fromErrors(new double[][] {errors}).bounds(forecast, 3);

        assertThat(bounds[0]).isGreaterThanOrEqualTo(0);
        assertThat(bounds[0]).isLessThanOrEqualTo(bounds[1]);
        assertThat(bounds[1]).isLessThanOrEqualTo(forecast);
        assertThat(bounds[2]).isGreaterThanOrEqualTo(forecast);
        assertThat(bounds[3]).isGreaterThanOrEqualTo(bounds[2]);
    }
}
