package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Optional;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The metrics of metrics.md §4 and §6 from an answer distribution, each with its confidence interval. Every method
 * returns {@link Optional#empty()} when the distribution has no answer.
 *
 * <ul>
 *   <li>CSAT = share of the top box; CDSAT = share of the bottom box, always computed and reported separately.</li>
 *   <li>NPS (and eNPS) = 100·(p₊ − p₋) in points, with the normal interval of a difference of two shares from one
 *       multinomial sample: Var = (p₊ + p₋ − (p₊ − p₋)²)/n · f, f the finite-population correction.</li>
 *   <li>CES = share of the top box (5–7 on 1–7).</li>
 *   <li>The mean: x̄ ± t(n−1)·s/√n·√f, a secondary figure only.</li>
 * </ul>
 *
 * {@snippet :
 * var scale = new Scale(1, 5);
 * var answers = AnswerDistribution.of(scale, 12, 8, 20, 60, 100);
 * var boxes = QuestionKind.CSAT.defaultBoxes(scale);                 // top 4..5, bottom 1..1
 * var csat = VoiceMetrics.csat(answers, boxes, IntervalSettings.standard()).orElseThrow();   // 0.8 [0.739, 0.850]
 * var cdsat = VoiceMetrics.cdsat(answers, boxes, IntervalSettings.standard()).orElseThrow(); // 0.06
 * }
 */
public final class VoiceMetrics {

    private VoiceMetrics() {}

    /**
     * {@return the share of answers in a box with its interval}
     *
     * @param answers the distribution
     * @param box a box on its scale
     * @param settings confidence, method and population
     * @throws IllegalArgumentException if the box leaves the scale or the population is smaller than n
     */
    public static Optional<MetricEstimate> share(AnswerDistribution answers, Box box, IntervalSettings settings) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ShareIntervals.of(answers.count(box), answers.total(), settings));
    }

    /**
     * {@return CSAT, the share of the top box}
     *
     * @param answers the distribution
     * @param boxes the boxes, on the distribution's scale
     * @param settings confidence, method and population
     * @throws IllegalArgumentException if the scales differ or the population is smaller than n
     */
    public static Optional<MetricEstimate> csat(AnswerDistribution answers, Boxes boxes, IntervalSettings settings) {
        return share(answers, checked(answers, boxes).top(), settings);
    }

    /**
     * {@return CDSAT, the share of the bottom box}
     *
     * @param answers the distribution
     * @param boxes the boxes, on the distribution's scale
     * @param settings confidence, method and population
     * @throws IllegalArgumentException if the scales differ or the population is smaller than n
     */
    public static Optional<MetricEstimate> cdsat(AnswerDistribution answers, Boxes boxes, IntervalSettings settings) {
        return share(answers, checked(answers, boxes).bottom(), settings);
    }

    /**
     * {@return CES, the share of agreement (the top box)}
     *
     * @param answers the distribution
     * @param boxes the boxes, on the distribution's scale
     * @param settings confidence, method and population
     * @throws IllegalArgumentException if the scales differ or the population is smaller than n
     */
    public static Optional<MetricEstimate> ces(AnswerDistribution answers, Boxes boxes, IntervalSettings settings) {
        return csat(answers, boxes, settings);
    }

    /**
     * {@return NPS or eNPS with its composition; the interval is always normal (the method of the settings is not
     * used), clipped to [−100, 100]}
     *
     * @param answers the distribution
     * @param boxes promoters (top) and detractors (bottom), on the distribution's scale
     * @param settings confidence and population
     * @throws IllegalArgumentException if the scales differ or the population is smaller than n
     */
    public static Optional<NetScore> netScore(AnswerDistribution answers, Boxes boxes, IntervalSettings settings) {
        checked(answers, boxes);
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        long n = answers.total();
        long promoters = answers.count(boxes.top());
        long detractors = answers.count(boxes.bottom());
        double plus = (double) promoters / n;
        double minus = (double) detractors / n;
        double score = 100 * (plus - minus);
        double variance = (plus + minus - (plus - minus) * (plus - minus)) / n
                * ShareIntervals.finitePopulationCorrection(n, settings.population());
        double half = 100 * ShareIntervals.z(settings.confidence()) * Math.sqrt(Math.max(0, variance));
        var estimate = new MetricEstimate(
                score,
                Math.min(Math.max(-100, score - half), score),
                Math.max(Math.min(100, score + half), score),
                n,
                settings.confidence(),
                IntervalMethod.NORMAL);
        return Optional.of(new NetScore(promoters, n - promoters - detractors, detractors, estimate));
    }

    /**
     * {@return the mean answer with its t interval x̄ ± t(n−1)·s/√n·√f (Student's t quantile from Hipparchus
     * {@link TDistribution}); empty below 2 answers}
     *
     * @param answers the distribution
     * @param settings confidence and population (the method is not used)
     * @throws IllegalArgumentException if the population is smaller than n
     */
    public static Optional<MeanEstimate> mean(AnswerDistribution answers, IntervalSettings settings) {
        long n = answers.total();
        if (n < 2) {
            return Optional.empty();
        }
        double mean = answers.mean().orElseThrow();
        double squares = 0;
        var scale = answers.scale();
        for (int answer = scale.min(); answer <= scale.max(); answer++) {
            double deviation = answer - mean;
            squares += deviation * deviation * answers.count(answer);
        }
        double s = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + settings.confidence() / 2);
        double correction = ShareIntervals.finitePopulationCorrection(n, settings.population());
        double half = t * s / Math.sqrt(n) * Math.sqrt(correction);
        return Optional.of(new MeanEstimate(mean, mean - half, mean + half, s, n, settings.confidence()));
    }

    private static Boxes checked(AnswerDistribution answers, Boxes boxes) {
        requireArgument(
                answers.scale().equals(boxes.scale()),
                "the boxes are on the scale %s but the answers on %s",
                boxes.scale(),
                answers.scale());
        return boxes;
    }
}
