package org.switchboard.engine.staffing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void confidenceIntervalIsMeanPlusMinusTTimesStandardError() {
        // Hand-worked: x = 1, 2, 3, 4; mean 2.5; s = √(5/3) = 1.290994; s/√4 = 0.645497; t(0.975, 3) = 3.182446.
        var estimate = Estimate.of(new double[] {1, 2, 3, 4});

        assertThat(estimate.mean()).isEqualTo(2.5);
        assertThat(estimate.halfWidth()).isCloseTo(3.182446 * 0.645497, within(1e-5));
        assertThat(estimate.contains(4.5)).isTrue();
        assertThat(estimate.contains(4.6)).isFalse();
    }

    @Test
    void identicalObservationsGiveAZeroWidthInterval() {
        var estimate = Estimate.of(new double[] {0.25, 0.25, 0.25});

        assertThat(estimate).isEqualTo(new Estimate(0.25, 0.25, 0.25));
    }

    @Test
    void rejectsASingleObservation() {
        assertThatThrownBy(() -> Estimate.of(new double[] {1})).hasMessageContaining("replications=1");
    }

    @Test
    void rejectsBoundsOnTheWrongSideOfTheMean() {
        assertThatThrownBy(() -> new Estimate(1, 2, 3)).hasMessageContaining("lowerBound <= mean");
    }
}
