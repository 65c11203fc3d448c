package org.switchboard.engine.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** CSAT, CDSAT, NPS, CES and the mean from distributions, against hand-computed and R values. */
class VoiceMetricsTest {

    private static final Scale ONE_TO_FIVE = new Scale(1, 5);
    private static final Scale ZERO_TO_TEN = new Scale(0, 10);
    private static final IntervalSettings STANDARD = IntervalSettings.standard();

    @Nested
    class Satisfaction {

        // 200 answers on 1-5: 12 ones, 8 twos, 20 threes, 60 fours, 100 fives.
        private final AnswerDistribution answers = AnswerDistribution.of(ONE_TO_FIVE, 12, 8, 20, 60, 100);
        private final Boxes boxes = QuestionKind.CSAT.defaultBoxes(ONE_TO_FIVE);

        @Test
        void csatIsTheTopBoxShareWithItsWilsonInterval() {
            // CSAT = (60 + 100)/200 = 0.8; R 4.2.2 prop.test(160, 200, correct = FALSE): 0.7391448134 0.8495479907
            var csat = VoiceMetrics.csat(answers, boxes, STANDARD).orElseThrow();

            assertThat(csat.value()).isEqualTo(0.8);
            assertThat(csat.lower()).isCloseTo(0.7391448134, within(1e-9));
            assertThat(csat.upper()).isCloseTo(0.8495479907, within(1e-9));
            assertThat(csat.n()).isEqualTo(200);
        }

        @Test
        void cdsatIsTheBottomBoxShareReportedSeparately() {
            // CDSAT = 12/200 = 0.06; R 4.2.2 prop.test(12, 200, correct = FALSE): 0.03465219425 0.10193169296
            var cdsat = VoiceMetrics.cdsat(answers, boxes, STANDARD).orElseThrow();

            assertThat(cdsat.value()).isEqualTo(0.06);
            assertThat(cdsat.lower()).isCloseTo(0.03465219425, within(1e-10));
            assertThat(cdsat.upper()).isCloseTo(0.10193169296, within(1e-10));
        }

        @Test
        void theMeanIsASecondaryFigureWithATInterval() {
            // R 4.2.2: x <- rep(1:5, c(12, 8, 20, 60, 100)); mean(x) = 4.14, sd(x) = 1.13438713447,
            // t.test(x)$conf.int = 3.98182289061 4.29817710939
            var mean = VoiceMetrics.mean(answers, STANDARD).orElseThrow();

            assertThat(mean.mean()).isCloseTo(4.14, within(1e-12));
            assertThat(mean.standardDeviation()).isCloseTo(1.13438713447, within(1e-10));
            assertThat(mean.lower()).isCloseTo(3.98182289061, within(1e-9));
            assertThat(mean.upper()).isCloseTo(4.29817710939, within(1e-9));
        }

        @Test
        void aRisingMeanCanHideAGrowingShareOfVeryUnhappyCustomers() {
            // metrics.md §4: the mean rises from 3.48 (348/100) to 3.68 (368/100) while CDSAT grows from 2 % to 14 %.
            var before = AnswerDistribution.of(ONE_TO_FIVE, 2, 8, 40, 40, 10);
            var after = AnswerDistribution.of(ONE_TO_FIVE, 14, 2, 20, 30, 34);

            assertThat(after.mean().orElseThrow()).isGreaterThan(before.mean().orElseThrow());
            assertThat(before.mean().orElseThrow()).isCloseTo(3.48, within(1e-12));
            assertThat(after.mean().orElseThrow()).isCloseTo(3.68, within(1e-12));
            assertThat(VoiceMetrics.cdsat(after, boxes, STANDARD).orElseThrow().value()).isEqualTo(0.14);
            assertThat(VoiceMetrics.cdsat(before, boxes, STANDARD).orElseThrow().value()).isEqualTo(0.02);
        }

        @Test
        void anEmptyDistributionHasNoMetric() {
            var empty = AnswerDistribution.empty(ONE_TO_FIVE);

            assertThat(VoiceMetrics.csat(empty, boxes, STANDARD)).isEmpty();
            assertThat(VoiceMetrics.netScore(empty, boxes, STANDARD)).isEmpty();
            assertThat(VoiceMetrics.mean(empty, STANDARD)).isEmpty();
        }

        @Test
        void rejectsBoxesOfAnotherScale() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> VoiceMetrics.csat(
                            answers, QuestionKind.NPS.defaultBoxes(ZERO_TO_TEN), STANDARD))
                    .withMessage("the boxes are on the scale 0-10 but the answers on 1-5");
        }
    }

    @Nested
    class NetPromoterScore {

        // 100 answers on 0-10: 30 detractors (0-6), 20 passives (7-8), 50 promoters (9-10).
        private final AnswerDistribution answers =
                AnswerDistribution.of(ZERO_TO_TEN, 5, 0, 0, 5, 5, 5, 10, 10, 10, 20, 30);
        private final Boxes boxes = QuestionKind.NPS.defaultBoxes(ZERO_TO_TEN);

        @Test
        void npsIsPromotersMinusDetractorsInPoints() {
            // NPS = 100·(0.5 − 0.3) = 20; Var = (0.5 + 0.3 − 0.2²)/100 = 0.0076;
            // 20 ± 100·1.959964·√0.0076, R 4.2.2: 2.91343011682 37.08656988318
            var nps = VoiceMetrics.netScore(answers, boxes, STANDARD).orElseThrow();

            assertThat(nps.promoters()).isEqualTo(50);
            assertThat(nps.passives()).isEqualTo(20);
            assertThat(nps.detractors()).isEqualTo(30);
            assertThat(nps.score().value()).isCloseTo(20, within(1e-12));
            assertThat(nps.score().lower()).isCloseTo(2.91343011682, within(1e-9));
            assertThat(nps.score().upper()).isCloseTo(37.08656988318, within(1e-9));
            assertThat(nps.score().method()).isEqualTo(IntervalMethod.NORMAL);
            assertThat(nps.unitVariance()).isCloseTo(0.76, within(1e-12));
        }

        @Test
        void enpsOfASmallTeamUsesThePopulation() {
            // The same answers from 100 of 400 employees: f = 300/399; R 4.2.2: 5.18406490933 34.81593509067
            var settings = new IntervalSettings(0.95, IntervalMethod.WILSON, OptionalLong.of(400));
            var enps = VoiceMetrics.netScore(answers, QuestionKind.ENPS.defaultBoxes(ZERO_TO_TEN), settings)
                    .orElseThrow();

            assertThat(enps.score().lower()).isCloseTo(5.18406490933, within(1e-9));
            assertThat(enps.score().upper()).isCloseTo(34.81593509067, within(1e-9));
        }

        @Test
        void allPromotersScoreAHundredWithoutLeavingTheRange() {
            var allPromoters = AnswerDistribution.of(ZERO_TO_TEN, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 7);
            var nps = VoiceMetrics.netScore(allPromoters, boxes, STANDARD).orElseThrow();

            assertThat(nps.score().value()).isEqualTo(100);
            assertThat(nps.score().upper()).isEqualTo(100);
            assertThat(nps.score().lower()).isEqualTo(100);
        }
    }

    @Test
    void cesIsTheShareOfFiveToSeven() {
        // metrics.md §4: CES = share of 5, 6, 7 on 1-7. 10 + 20 + 40 of 100 = 0.70.
        var scale = new Scale(1, 7);
        var answers = AnswerDistribution.of(scale, 5, 5, 10, 10, 10, 20, 40);

        var ces = VoiceMetrics.ces(answers, QuestionKind.CES.defaultBoxes(scale), STANDARD).orElseThrow();

        assertThat(ces.value()).isEqualTo(0.70);
    }
}
