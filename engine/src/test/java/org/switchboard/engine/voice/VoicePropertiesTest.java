package org.switchboard.engine.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.switchboard.engine.voice.benchmark.ComparableShare;
import org.switchboard.engine.voice.benchmark.Counting;

/** Laws the reference examples cannot cover: ranges, containment, narrowing with n, merging, boxes. */
class VoicePropertiesTest {

    private static final Scale ZERO_TO_TEN = new Scale(0, 10);

    @Provide
    Arbitrary<AnswerDistribution> distributions() {
        return Arbitraries.longs().between(0, 5_000).array(long[].class).ofSize(11)
                .map(counts -> AnswerDistribution.of(ZERO_TO_TEN, counts));
    }

    @Provide
    Arbitrary<Scale> scales() {
        return Combinators.combine(Arbitraries.integers().between(-10, 10), Arbitraries.integers().between(1, 20))
                .as((min, width) -> new Scale(min, min + width));
    }

    @Provide
    Arbitrary<IntervalSettings> settings() {
        return Combinators.combine(
                        Arbitraries.of(0.8, 0.9, 0.95, 0.99),
                        Arbitraries.of(IntervalMethod.values()),
                        Arbitraries.longs().between(0, 1_000_000))
                .as((confidence, method, extra) -> new IntervalSettings(
                        confidence, method, extra == 0 ? OptionalLong.empty() : OptionalLong.of(extra)));
    }

    @Property(tries = 300)
    void everyShareIntervalContainsItsEstimateWithinZeroAndOne(
            @ForAll @LongRange(min = 1, max = 100_000) long n,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll("settings") IntervalSettings settings) {
        long x = Math.round(share * n);
        // The population is at least n: n plus the drawn extra, minus one so that a census (N = n) occurs.
        var population = settings.population().isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(n + settings.population().getAsLong() - 1);
        var withPopulation = new IntervalSettings(settings.confidence(), settings.method(), population);

        var estimate = ShareIntervals.of(x, n, withPopulation);

        assertThat(estimate.lower()).isBetween(0.0, estimate.value());
        assertThat(estimate.upper()).isBetween(estimate.value(), 1.0);
    }

    @Property(tries = 200)
    void wilsonNarrowsWithMoreAnswersAtTheSameShare(
            @ForAll @IntRange(min = 1, max = 500) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @IntRange(min = 2, max = 20) int factor) {
        long x = Math.round(share * n);
        var small = ShareIntervals.wilson(x, n, 0.95, OptionalLong.empty());
        var large = ShareIntervals.wilson(x * factor, (long) n * factor, 0.95, OptionalLong.empty());

        assertThat(large.upper() - large.lower()).isLessThan(small.upper() - small.lower());
    }

    @Property(tries = 200)
    void npsStaysWithinHundredPointsAndItsInterval(
            @ForAll("distributions") AnswerDistribution answers, @ForAll("settings") IntervalSettings settings) {
        var unbounded = new IntervalSettings(settings.confidence(), settings.method(), OptionalLong.empty());
        var nps = VoiceMetrics.netScore(answers, QuestionKind.NPS.defaultBoxes(ZERO_TO_TEN), unbounded);

        assertThat(nps.isPresent()).isEqualTo(!answers.isEmpty());
        nps.ifPresent(score -> {
            assertThat(score.score().lower()).isBetween(-100.0, score.score().value());
            assertThat(score.score().upper()).isBetween(score.score().value(), 100.0);
            assertThat(score.promoterShare() + score.passiveShare() + score.detractorShare())
                    .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        });
    }

    @Property(tries = 200)
    void mergeIsAssociativeAndCommutativeWithTheEmptyDistributionAsIdentity(
            @ForAll("distributions") AnswerDistribution a,
            @ForAll("distributions") AnswerDistribution b,
            @ForAll("distributions") AnswerDistribution c) {
        assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
        assertThat(a.merge(b)).isEqualTo(b.merge(a));
        assertThat(a.merge(AnswerDistribution.empty(ZERO_TO_TEN))).isEqualTo(a);
        assertThat(a.merge(b).total()).isEqualTo(a.total() + b.total());
    }

    @Property(tries = 100)
    void aTallyOfTheAnswersEqualsTheDistributionBuiltFromCounts(@ForAll("distributions") AnswerDistribution answers) {
        var tally = new AnswerTally(ZERO_TO_TEN);
        for (int answer = 0; answer <= 10; answer++) {
            for (long i = 0; i < answers.count(answer) % 50; i++) {
                tally.add(answer);
            }
            tally.add(answer, answers.count(answer) - answers.count(answer) % 50);
        }

        assertThat(tally.distribution()).isEqualTo(answers);
    }

    @Property(tries = 300)
    void defaultBoxesExistAndNeverOverlapOnAnyScale(
            @ForAll("scales") Scale scale, @ForAll QuestionKind kind) {
        var boxes = kind.defaultBoxes(scale);

        assertThat(boxes.top().to()).isEqualTo(scale.max());
        assertThat(boxes.bottom().from()).isEqualTo(scale.min());
        assertThat(boxes.top().from()).isGreaterThan(boxes.bottom().to());
    }

    @Property(tries = 200)
    void interpolatedCountingLiesBetweenTheStrictCountsOfTheNeighbouringAnswers(
            @ForAll("distributions") AnswerDistribution answers, @ForAll("scales") Scale target) {
        if (answers.isEmpty()) {
            return;
        }
        for (int threshold : List.of(target.min(), (target.min() + target.max()) / 2, target.max())) {
            var strict = ComparableShare.atLeast(answers, target, threshold, Counting.STRICT);
            var interpolated = ComparableShare.atLeast(answers, target, threshold, Counting.INTERPOLATED);
            int floor = (int) Math.floor(strict.sourceThreshold());
            double shareFromFloor = (double) answers.count(new Box(floor, ZERO_TO_TEN.max())) / answers.total();

            assertThat(interpolated.share()).isBetween(strict.share() - 1e-12, shareFromFloor + 1e-12);
        }
    }
}
