package org.switchboard.engine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.SurveyMetric;

class SurveyModelTest {

    private static final int DRAWS = 100_000;

    @Test
    void latentSatisfactionAddsTheDocumentedEffects() {
        assertThat(SurveyModel.latent(true, 0, false, false, false, 0)).isCloseTo(2.6, within(1e-12));
        // 0.4 − 0.006·100 − 0.7 − 0.9 − 0.4 + 0.1
        assertThat(SurveyModel.latent(false, 100, true, true, true, 0.1)).isCloseTo(-2.1, within(1e-12));
        assertThat(SurveyModel.latent(true, 5_000, false, false, false, 0))
                .isEqualTo(SurveyModel.latent(true, 600, false, false, false, 0));
    }

    @Test
    void csatTopBoxMatchesTheCumulativeLogit() {
        // P(CSAT ≥ 4 | η = 2.6) = 1 / (1 + e^−(2.6 − 0.4)) = 0.90025; P(CSAT = 1) = 1 / (1 + e^(2.6 + 2.0)) = 0.01005.
        // Binomial standard errors over 100 000 draws: 0.00095 and 0.00032; allow four.
        var rng = DemoCentre.random(3);
        int topBox = 0;
        int bottomBox = 0;
        for (int i = 0; i < DRAWS; i++) {
            int answer = SurveyModel.answer(SurveyMetric.CSAT, 2.6, false, rng);
            topBox += answer >= 4 ? 1 : 0;
            bottomBox += answer == 1 ? 1 : 0;
        }
        assertThat(topBox / (double) DRAWS).isCloseTo(logistic(2.2), within(0.004));
        assertThat(bottomBox / (double) DRAWS).isCloseTo(logistic(-4.6), within(0.0013));
    }

    @Test
    void aTransferCostsEffortBeyondSatisfaction() {
        var rng = DemoCentre.random(4);
        double direct = 0;
        double transferred = 0;
        for (int i = 0; i < DRAWS; i++) {
            direct += SurveyModel.answer(SurveyMetric.CES, 1.0, false, rng);
            transferred += SurveyModel.answer(SurveyMetric.CES, 1.0, true, rng);
        }
        assertThat(transferred / DRAWS).isLessThan(direct / DRAWS - 0.2);
    }

    @Property(tries = 200)
    void answersStayOnTheScale(@ForAll @DoubleRange(min = -50, max = 50) double eta, @ForAll SurveyMetric metric) {
        int answer = SurveyModel.answer(metric, eta, false, DemoCentre.random(Double.doubleToLongBits(eta)));
        assertThat(answer).isBetween(metric.scaleMin(), metric.scaleMax());
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
