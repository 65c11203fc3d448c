package org.switchboard.engine.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Required sample sizes, metrics.md §4 (Cochran 1977, eqs. 4.2 and 4.3). */
class SampleSizeTest {

    @Test
    void fivePointsAtNinetyFivePercentNeed385Answers() {
        // n₀ = z²p(1−p)/e² = 1.96²·0.25/0.05² = 384.16 with z rounded to 1.96; with z = qnorm(0.975) exactly,
        // R 4.2.2 gives 384.1458821. Either way 385 answers.
        var size = SampleSize.forShare(0.05, 0.95, 0.5, OptionalLong.empty());

        assertThat(size.initial()).isCloseTo(384.1458821, within(1e-6));
        assertThat(size.corrected()).isEqualTo(size.initial());
        assertThat(size.required()).isEqualTo(385);
    }

    @Test
    void aPopulationOfAThousandNeeds278() {
        // n = n₀/(1 + (n₀ − 1)/N) = 384.1459/(1 + 383.1459/1000); R 4.2.2: 277.7334532
        var size = SampleSize.forShare(0.05, 0.95, 0.5, OptionalLong.of(1000));

        assertThat(size.corrected()).isCloseTo(277.7334532, within(1e-6));
        assertThat(size.required()).isEqualTo(278);
    }

    @Test
    void aSkewedShareNeedsFewerAnswers() {
        // p = 0.8, e = 0.03, 90 %: 1.644854²·0.16/0.0009 = 480.98 → 481 (hand computation)
        var size = SampleSize.forShare(0.03, 0.90, 0.8, OptionalLong.empty());

        assertThat(size.initial()).isCloseTo(1.644853626951 * 1.644853626951 * 0.16 / 0.0009, within(1e-9));
        assertThat(size.required()).isEqualTo(481);
    }

    @Test
    void theNpsTargetUsesTheLargestVariance() {
        // ± 5 NPS points at 95 %, p = 0.5: v = 4·0.25 = 1, n₀ = 1.959964²/0.0025 = 1536.58 → 1537
        var target = PrecisionTarget.standard();

        assertThat(target.forNetScores().initial()).isCloseTo(4 * 384.1458821, within(1e-5));
        assertThat(target.forNetScores().required()).isEqualTo(1537);
        assertThat(target.netScoreStatus(1536)).isEqualTo(DataStatus.INSUFFICIENT_DATA);
        assertThat(target.netScoreStatus(1537)).isEqualTo(DataStatus.SUFFICIENT);
        assertThat(target.shareStatus(384)).isEqualTo(DataStatus.INSUFFICIENT_DATA);
        assertThat(target.shareStatus(385)).isEqualTo(DataStatus.SUFFICIENT);
    }

    @Test
    void rejectsAMarginOutsideZeroAndOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SampleSize.forShare(0, 0.95, 0.5, OptionalLong.empty()))
                .withMessage("margin must be between 0 and 1: margin=0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SampleSize.forShare(0.05, 0.95, 1, OptionalLong.empty()))
                .withMessage("p must be between 0 and 1: p=1.0");
    }
}
