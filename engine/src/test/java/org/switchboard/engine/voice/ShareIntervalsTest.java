package org.switchboard.engine.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Intervals of a single share against published and R-computed values. */
class ShareIntervalsTest {

    private static final OptionalLong UNBOUNDED = OptionalLong.empty();

    @ParameterizedTest(name = "{0}/{1}: Wilson [{2}, {3}]")
    @CsvSource({
        // R. G. Newcombe, Statistics in Medicine 17 (1998) 857-872, Table II, method 3 (Wilson score, no continuity
        // correction), published to 4 decimals: within half a unit of the last digit.
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0,  20,  0.0000, 0.1611",
        "1,  29,  0.0061, 0.1718"
    })
    void wilsonMatchesNewcombeTableII(long x, long n, double lower, double upper) {
        var estimate = ShareIntervals.wilson(x, n, 0.95, UNBOUNDED);

        assertThat(estimate.lower()).isCloseTo(lower, within(5e-5));
        assertThat(estimate.upper()).isCloseTo(upper, within(5e-5));
        assertThat(estimate.value()).isEqualTo((double) x / n);
        assertThat(estimate.method()).isEqualTo(IntervalMethod.WILSON);
    }

    @Test
    void wilsonMatchesRPropTestToTenDigits() {
        // R 4.2.2: prop.test(81, 263, correct = FALSE)$conf.int = 0.2552885199 0.3662095770
        var estimate = ShareIntervals.wilson(81, 263, 0.95, UNBOUNDED);

        assertThat(estimate.lower()).isCloseTo(0.2552885199, within(1e-9));
        assertThat(estimate.upper()).isCloseTo(0.3662095770, within(1e-9));
    }

    @Test
    void zIsTheNormalQuantile() {
        // R 4.2.2: qnorm(0.975) = 1.95996398454005; qnorm(0.95) = 1.644853626951
        assertThat(ShareIntervals.z(0.95)).isCloseTo(1.95996398454005, within(1e-12));
        assertThat(ShareIntervals.z(0.90)).isCloseTo(1.644853626951, within(1e-11));
    }

    @Test
    void normalIntervalAppliesTheFinitePopulationCorrection() {
        // 160/200 from N = 1000: 0.8 ± 1.959964·√(0.8·0.2/200)·√(800/999); R 4.2.2: 0.750391587005 0.849608412995
        var estimate = ShareIntervals.normal(160, 200, 0.95, OptionalLong.of(1000));

        assertThat(estimate.lower()).isCloseTo(0.750391587005, within(1e-11));
        assertThat(estimate.upper()).isCloseTo(0.849608412995, within(1e-11));
        assertThat(estimate.method()).isEqualTo(IntervalMethod.NORMAL);
    }

    @Test
    void wilsonWithAPopulationUsesTheEffectiveSampleSize() {
        // m = n/f = 200·999/800 = 249.75; Wilson formula with m, R 4.2.2: 0.746014993174 0.844896075743
        var estimate = ShareIntervals.wilson(160, 200, 0.95, OptionalLong.of(1000));

        assertThat(estimate.lower()).isCloseTo(0.746014993174, within(1e-11));
        assertThat(estimate.upper()).isCloseTo(0.844896075743, within(1e-11));
    }

    @Test
    void aCensusHasNoSamplingError() {
        // n = N: f = (N − n)/(N − 1) = 0, the share is known exactly.
        var wilson = ShareIntervals.wilson(30, 40, 0.95, OptionalLong.of(40));
        var normal = ShareIntervals.normal(30, 40, 0.95, OptionalLong.of(40));

        assertThat(wilson.lower()).isEqualTo(0.75);
        assertThat(wilson.upper()).isEqualTo(0.75);
        assertThat(normal.lower()).isEqualTo(0.75);
        assertThat(normal.upper()).isEqualTo(0.75);
    }

    @Test
    void normalIntervalIsClippedToZeroAndOne() {
        // 1/10: 0.1 ± 1.96·√(0.009) = 0.1 ± 0.186: the lower end would be −0.086.
        var estimate = ShareIntervals.normal(1, 10, 0.95, UNBOUNDED);

        assertThat(estimate.lower()).isZero();
        assertThat(estimate.upper()).isCloseTo(0.1 + 1.95996398454005 * Math.sqrt(0.009), within(1e-12));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShareIntervals.wilson(5, 4, 0.95, UNBOUNDED))
                .withMessage("answers in the box must be 0..n: successes=5, n=4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShareIntervals.wilson(0, 0, 0.95, UNBOUNDED))
                .withMessage("a share needs at least one answer: n=0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShareIntervals.normal(1, 50, 0.95, OptionalLong.of(20)))
                .withMessage("the population cannot be smaller than the sample: population=20, n=50");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShareIntervals.z(1.0))
                .withMessage("confidence must be between 0 and 1: confidence=1.0");
    }
}
