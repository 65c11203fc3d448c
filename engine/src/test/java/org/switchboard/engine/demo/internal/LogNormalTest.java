package org.switchboard.engine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.demo.DemoCentre;

class LogNormalTest {

    @Test
    void parametersReproduceMeanAndCoefficientOfVariation() {
        // E[X] = exp(μ + σ²/2), cv = √(exp(σ²) − 1): exact identities, so only rounding error remains.
        var distribution = LogNormal.ofMean(280, 0.9);
        double sigma2 = distribution.sigma() * distribution.sigma();
        assertThat(Math.exp(distribution.mu() + sigma2 / 2)).isCloseTo(280, within(1e-9));
        assertThat(Math.sqrt(Math.expm1(sigma2))).isCloseTo(0.9, within(1e-12));
        assertThat(sigma2).isCloseTo(Math.log(1.81), within(1e-15));
    }

    @Test
    void samplesAverageTheMean() {
        var distribution = LogNormal.ofMean(280, 0.9);
        var rng = DemoCentre.random(5);
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += distribution.sample(rng);
        }
        // Standard error 280 · 0.9 / √200 000 ≈ 0.56 s; allow five of them.
        assertThat(sum / n).isCloseTo(280, within(2.8));
    }

    @Test
    void aCoefficientOfVariationOfZeroIsAConstant() {
        assertThat(LogNormal.ofMean(30, 0).sample(DemoCentre.random(1))).isCloseTo(30, within(1e-9));
    }

    @Test
    void rejectsANonPositiveMean() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LogNormal.ofMean(0, 0.5))
                .withMessageContaining("mean=0");
    }
}
