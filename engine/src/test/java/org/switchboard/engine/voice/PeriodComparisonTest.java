package org.switchboard.engine.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Two-period comparisons: the test decides, the precision target can withhold the verdict. */
class PeriodComparisonTest {

    private static final PrecisionTarget TARGET = PrecisionTarget.standard();

    @Test
    void twoProportionZTestMatchesR() {
        // 380/500 -> 420/500. Pooled p = 0.8, SE = √(0.8·0.2·(2/500)) = 0.0252982, z = 0.08/0.0252982 = 3.16228;
        // R 4.2.2 prop.test(c(380, 420), c(500, 500), correct = FALSE): X-squared = 10 (= z²), p-value = 0.001565402.
        var change = PeriodComparison.shares(380, 500, 420, 500, TARGET);

        assertThat(change.difference()).isCloseTo(0.08, within(1e-12));
        assertThat(change.statistic()).isCloseTo(Math.sqrt(10), within(1e-9));
        assertThat(change.pValue()).isCloseTo(0.001565402, within(1e-9));
        assertThat(change.test()).isEqualTo(ChangeTest.TWO_PROPORTION_Z);
        assertThat(change.status()).isEqualTo(ChangeStatus.SIGNIFICANT_RISE);
    }

    @Test
    void differenceIntervalMatchesNewcombeMethodTen() {
        // R. G. Newcombe, Statistics in Medicine 17 (1998) 873-890, Table II, method 10 (score, no continuity
        // correction): 56/70 − 48/80 -> 0.0524 to 0.3339; 9/10 − 3/10 -> 0.1705 to 0.8090 (4 decimals).
        // Here "after" is the first sample of the table, so the difference after − before is the table's.
        var first = PeriodComparison.shares(48, 80, 56, 70, TARGET);
        var second = PeriodComparison.shares(3, 10, 9, 10, TARGET);

        assertThat(first.lower()).isCloseTo(0.0524, within(5e-5));
        assertThat(first.upper()).isCloseTo(0.3339, within(5e-5));
        assertThat(second.lower()).isCloseTo(0.1705, within(5e-5));
        assertThat(second.upper()).isCloseTo(0.8090, within(5e-5));
    }

    @Test
    void aSmallSampleGetsNoVerdict() {
        // Newcombe's 9/10 vs 3/10 is significant (z = 2.74, p = 0.0062, R 4.2.2 prop.test) but 10 answers are far
        // below the 385 that ± 5 points at 95 % need: insufficient data, the statistic is still reported.
        var change = PeriodComparison.shares(3, 10, 9, 10, TARGET);

        assertThat(change.pValue()).isLessThan(0.05);
        assertThat(change.status()).isEqualTo(ChangeStatus.INSUFFICIENT_DATA);
    }

    @Test
    void aSmallDifferenceIsNotAChange() {
        // 800/1000 -> 815/1000: pooled p = 0.8075, SE = √(0.8075·0.1925·0.002) = 0.0176316, z = 0.85074,
        // p = 0.3949 (R 4.2.2: prop.test(c(800, 815), c(1000, 1000), correct = FALSE)$p.value = 0.3949)
        var change = PeriodComparison.shares(800, 1000, 815, 1000, TARGET);

        assertThat(change.statistic()).isCloseTo(0.015 / Math.sqrt(0.8075 * 0.1925 * 0.002), within(1e-12));
        assertThat(change.pValue()).isCloseTo(0.3949, within(5e-5));
        assertThat(change.status()).isEqualTo(ChangeStatus.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void npsDifferenceTestUsesTheMultinomialVariances() {
        // Before: 2000 answers, 40 % promoters, 30 % detractors: NPS 10, V = 0.7 − 0.01 = 0.69.
        // After: 2000 answers, 50 % promoters, 25 % detractors: NPS 25, V = 0.75 − 0.0625 = 0.6875.
        // SE = 100·√(0.69/2000 + 0.6875/2000) = 2.62345; z = 15/2.62345 = 5.71766 (hand computation).
        var scale = new Scale(0, 10);
        var boxes = QuestionKind.NPS.defaultBoxes(scale);
        var settings = IntervalSettings.standard();
        var before = VoiceMetrics.netScore(
                        AnswerDistribution.of(scale, 600, 0, 0, 0, 0, 0, 0, 600, 0, 800, 0), boxes, settings)
                .orElseThrow();
        var after = VoiceMetrics.netScore(
                        AnswerDistribution.of(scale, 0, 0, 0, 0, 0, 0, 500, 0, 500, 0, 1000), boxes, settings)
                .orElseThrow();

        var change = PeriodComparison.netScores(before, after, TARGET);

        double standardError = 100 * Math.sqrt(0.69 / 2000 + 0.6875 / 2000);
        assertThat(change.difference()).isCloseTo(15, within(1e-9));
        assertThat(change.statistic()).isCloseTo(15 / standardError, within(1e-9));
        assertThat(change.lower()).isCloseTo(15 - 1.95996398454005 * standardError, within(1e-9));
        assertThat(change.test()).isEqualTo(ChangeTest.NET_SCORE_DIFFERENCE_Z);
        assertThat(change.status()).isEqualTo(ChangeStatus.SIGNIFICANT_RISE);
    }

    @Test
    void identicalCensusesShowNoChange() {
        var change = PeriodComparison.shares(0, 400, 0, 400, TARGET);

        assertThat(change.statistic()).isZero();
        assertThat(change.pValue()).isEqualTo(1.0);
        assertThat(change.status()).isEqualTo(ChangeStatus.NO_SIGNIFICANT_CHANGE);
        assertThat(new PrecisionTarget(0.05, 0.95, 0.5, OptionalLong.of(100)).shareStatus(80))
                .isEqualTo(DataStatus.SUFFICIENT);
    }
}
