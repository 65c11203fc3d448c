package org.switchboard.engine.voice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.LinearConversion;
import org.switchboard.engine.voice.Scale;
import org.switchboard.engine.voice.benchmark.BenchmarkLevel.Bound;

/**
 * The worked example of metrics.md §4 (O. Zeldin, "Корректное сравнение результатов измерений CSAT по разным шкалам"
 * and "Решение задачи на пересчет шкал", Apex Berg channel, July 2022), reproduced exactly, plus the other counting
 * cases computed by hand from the same answers.
 */
class ScaleConversionWorkedExampleTest {

    private static final Scale ONE_TO_TEN = new Scale(1, 10);
    private static final Scale ONE_TO_SEVEN = new Scale(1, 7);

    /** Shares of §4 in tenths of a percent (1 … 10): 2.2, 0.9, 2.4, 4.0, 5.1, 8.1, 19.3, 30.2, 17.2, 10.6 %. */
    private static final AnswerDistribution OWN =
            AnswerDistribution.of(ONE_TO_TEN, 22, 9, 24, 40, 51, 81, 193, 302, 172, 106);

    @Test
    void ownCsatIsFiftyEightPercent() {
        // §4: own CSAT (8-10) = 10.6 + 17.2 + 30.2 = 58.0 %
        assertThat(OWN.share(new Box(8, 10)).orElseThrow()).isCloseTo(0.580, within(1e-12));
    }

    @Test
    void conversionCoefficientsAreTwoThirdsAndOneThird() {
        // §4: A = (7 − 1)/(10 − 1) = 2/3, B = 1 − 2/3·1 = 1/3; the post's table: 5 on 1-7 ↔ 7.00 on 1-10.
        var conversion = new LinearConversion(ONE_TO_TEN, ONE_TO_SEVEN);

        assertThat(conversion.a()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(conversion.b()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(conversion.toTarget(7)).isCloseTo(5, within(1e-12));
        assertThat(conversion.toSource(5)).isEqualTo(7.0);
        assertThat(conversion.toTarget(4)).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void comparableCsatIsSeventySevenPointThreeAboveTheBenchmark() {
        // §4: threshold 5 on 1-7 maps to exactly 7 on 1-10; 7-10 = 10.6 + 17.2 + 30.2 + 19.3 = 77.3 % >= 75 %.
        var bestPractice = new Benchmark(
                "industry-csat",
                "Industry best practice",
                ONE_TO_SEVEN,
                new Box(5, 7),
                List.of(new BenchmarkLevel("best practice", Bound.AT_LEAST, 0.75)),
                "Industry benchmark report quoted in the §4 worked example");

        for (var counting : Counting.values()) {
            var comparison = bestPractice.compare(OWN, counting);

            assertThat(comparison.comparable().sourceThreshold()).isEqualTo(7.0);
            assertThat(comparison.comparable().share()).as("%s", counting).isCloseTo(0.773, within(1e-12));
            assertThat(comparison.meets("best practice")).isTrue();
        }
    }

    @Test
    void aThresholdBetweenAnswersIsCountedStrictlyOrInterpolated() {
        // 4 on 1-7 maps to s = 1 + 3·9/6 = 5.5. Strict: 6-10 = 85.4 %. Interpolated: + (6 − 5.5)·5.1 % = 87.95 %.
        var strict = ComparableShare.atLeast(OWN, ONE_TO_SEVEN, 4, Counting.STRICT);
        var interpolated = ComparableShare.atLeast(OWN, ONE_TO_SEVEN, 4, Counting.INTERPOLATED);

        assertThat(strict.sourceThreshold()).isEqualTo(5.5);
        assertThat(strict.share()).isCloseTo(0.854, within(1e-12));
        assertThat(interpolated.share()).isCloseTo(0.8795, within(1e-12));
    }

    @Test
    void copcTargetsOnTheOwnScale() {
        // CSAT: 4 on 1-5 maps to s = 1 + 3·9/4 = 7.75: strict 8-10 = 58.0 % < 85 %;
        // interpolated 58.0 + (8 − 7.75)·19.3 = 62.825 %. CDSAT: 1 on 1-5 maps to 1: 2.2 % <= 5 %.
        var csatStrict = Benchmarks.copcCsat().compare(OWN, Counting.STRICT);
        var csatInterpolated = Benchmarks.copcCsat().compare(OWN, Counting.INTERPOLATED);
        var cdsat = Benchmarks.copcCdsat().compare(OWN, Counting.STRICT);

        assertThat(csatStrict.comparable().sourceThreshold()).isEqualTo(7.75);
        assertThat(csatStrict.comparable().share()).isCloseTo(0.580, within(1e-12));
        assertThat(csatStrict.meets("target")).isFalse();
        assertThat(csatInterpolated.comparable().share()).isCloseTo(0.62825, within(1e-12));
        assertThat(cdsat.comparable().atLeast()).isFalse();
        assertThat(cdsat.comparable().share()).isCloseTo(0.022, within(1e-12));
        assertThat(cdsat.meets("target")).isTrue();
    }

    @Test
    void cesQuartilesRateTheShareOfFiveToSeven() {
        // metrics.md §4 (CEB): > 80.5 % top quartile, > 68.6 % median, < 54.2 % bottom quartile.
        // 70 of 100 answers in 5-7: above the median, below the top quartile, not in the bottom quartile.
        var own = AnswerDistribution.of(ONE_TO_SEVEN, 5, 5, 10, 10, 10, 20, 40);

        var comparison = Benchmarks.cebCes().compare(own, Counting.STRICT);

        assertThat(comparison.comparable().share()).isCloseTo(0.70, within(1e-12));
        assertThat(comparison.metLevels()).extracting(BenchmarkLevel::label).containsExactly("median");
    }

    @Test
    void benchmarksCarryTheirSource() {
        assertThat(Benchmarks.builtIn())
                .extracting(Benchmark::id)
                .containsExactly("copc-csat", "copc-cdsat", "ceb-ces");
        assertThat(Benchmarks.cebCes().source()).contains("80.5 %", "68.6 %", "54.2 %", "CEB");
        assertThat(Benchmarks.copcCsat().source()).contains("COPC", "85 %", "5 %");
    }

    @Test
    void rejectsABenchmarkBoxInTheMiddleOfTheScale() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Benchmark(
                        "mid", "Middle", ONE_TO_SEVEN, new Box(3, 5),
                        List.of(new BenchmarkLevel("x", Bound.AT_LEAST, 0.5)), "test"))
                .withMessage(
                        "a benchmark box must reach the top or the bottom of its scale: id=mid, box=3..5, scale=1-7");
    }
}
