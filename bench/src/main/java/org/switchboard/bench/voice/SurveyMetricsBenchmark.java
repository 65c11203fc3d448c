package org.switchboard.bench.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.AnswerTally;
import org.switchboard.engine.voice.Boxes;
import org.switchboard.engine.voice.IntervalSettings;
import org.switchboard.engine.voice.PeriodComparison;
import org.switchboard.engine.voice.PrecisionTarget;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;
import org.switchboard.engine.voice.VoiceMetrics;
import org.switchboard.engine.voice.drivers.DriverData;
import org.switchboard.engine.voice.drivers.DriverReport;
import org.switchboard.engine.voice.drivers.DriverSettings;
import org.switchboard.engine.voice.drivers.LogisticDrivers;

/**
 * Engine time of the customer-voice figures for 10 million responses (issue 6: under 300 ms server time, filtered by
 * month and queue). The responses are aggregated once into answer distributions per month (12) × queue (40) × team
 * (25) × channel (3) = 36 000 cells of about 278 responses, each answering CSAT (1–5) and NPS (0–10); the answers are
 * pseudo-random (seed 20261122), skewed by queue and month. Measured:
 *
 * <ul>
 *   <li>{@link #monthAndQueue}: one month × one queue (75 cells merged): CSAT and CDSAT with Wilson intervals, NPS
 *       with its interval, the mean with its t interval;
 *   <li>{@link #queueYearTrend}: the same for one queue in each of the 12 months (900 cells) plus the test of the last
 *       change, i.e. the trend chart with interval bands;
 *   <li>{@link #wholeYear}: every cell merged (36 000), the figures of the whole centre;
 *   <li>{@link #drivers}: the CSAT driver model (queue × wait band × transferred, 40 × 5 × 2 cells, 10 M responses):
 *       logistic regression by IRLS with odds ratios and intervals;
 *   <li>{@link #tallyTenMillion}: the one-time aggregation itself, 10 M answers counted into one tally.
 * </ul>
 *
 * <p>Run ({@code docs/performance.md}, section "Customer voice"):
 * <pre>
 *   ./mvnw -q -pl bench -am package -DskipTests
 *   java -jar bench/target/benchmarks.jar SurveyMetricsBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx2g"})
public class SurveyMetricsBenchmark {

    static final int MONTHS = 12;
    static final int QUEUES = 40;
    static final int TEAMS = 25;
    static final int CHANNELS = 3;
    static final long RESPONSES = 10_000_000;
    static final Scale CSAT_SCALE = new Scale(1, 5);
    static final Scale NPS_SCALE = new Scale(0, 10);

    /** The aggregated cube of distributions: index ((month·QUEUES + queue)·TEAMS + team)·CHANNELS + channel. */
    @State(Scope.Benchmark)
    public static class Cube {

        AnswerDistribution[] csat;
        AnswerDistribution[] nps;
        DriverData drivers;
        int[] rawAnswers;
        final Boxes csatBoxes = QuestionKind.CSAT.defaultBoxes(CSAT_SCALE);
        final Boxes npsBoxes = QuestionKind.NPS.defaultBoxes(NPS_SCALE);
        final IntervalSettings settings = IntervalSettings.standard();
        int next;

        /** Draws the 10 M responses once and aggregates them. */
        @Setup(Level.Trial)
        public void build() {
            var random = new SplittableRandom(20261122);
            int cells = MONTHS * QUEUES * TEAMS * CHANNELS;
            csat = new AnswerDistribution[cells];
            nps = new AnswerDistribution[cells];
            long perCell = RESPONSES / cells;
            long remainder = RESPONSES % cells;
            for (int cell = 0; cell < cells; cell++) {
                int queue = (cell / (TEAMS * CHANNELS)) % QUEUES;
                int month = cell / (QUEUES * TEAMS * CHANNELS);
                double mood = 0.3 * queue / QUEUES + 0.02 * month;
                var csatTally = new AnswerTally(CSAT_SCALE);
                var npsTally = new AnswerTally(NPS_SCALE);
                long responses = perCell + (cell < remainder ? 1 : 0);
                for (long r = 0; r < responses; r++) {
                    double u = Math.min(1, random.nextDouble() + mood * random.nextDouble());
                    csatTally.add(1 + (int) Math.min(4, 5 * u));
                    npsTally.add((int) Math.min(10, 11 * u));
                }
                csat[cell] = csatTally.distribution();
                nps[cell] = npsTally.distribution();
            }
            drivers = driverData(random);
            rawAnswers = new int[(int) RESPONSES];
            for (int i = 0; i < rawAnswers.length; i++) {
                rawAnswers[i] = 1 + random.nextInt(5);
            }
        }

        private static DriverData driverData(SplittableRandom random) {
            var data = new DriverData(List.of("queue", "wait", "transferred"));
            var bands = List.of("0-20 s", "20-60 s", "1-3 min", "3-10 min", "over 10 min");
            long perCell = RESPONSES / (QUEUES * bands.size() * 2);
            for (int queue = 0; queue < QUEUES; queue++) {
                for (int band = 0; band < bands.size(); band++) {
                    for (int transferred = 0; transferred < 2; transferred++) {
                        double eta = 1.2 + 0.01 * queue - 0.35 * band - 0.6 * transferred;
                        double p = 1 / (1 + Math.exp(-eta));
                        // Binomial draw by the normal approximation: enough for a load test.
                        double sd = Math.sqrt(perCell * p * (1 - p));
                        long outcomes = Math.clamp(Math.round(perCell * p + sd * gaussian(random)), 1, perCell - 1);
                        data.add(List.of("Q" + queue, bands.get(band), transferred == 1 ? "yes" : "no"), outcomes,
                                perCell);
                    }
                }
            }
            return data;
        }

        private static double gaussian(SplittableRandom random) {
            return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        }

        /** {@return the merged distribution of one month and one queue, all teams and channels} */
        AnswerDistribution[] monthAndQueue(int month, int queue) {
            var csatTally = new AnswerTally(CSAT_SCALE);
            var npsTally = new AnswerTally(NPS_SCALE);
            int first = (month * QUEUES + queue) * TEAMS * CHANNELS;
            for (int cell = first; cell < first + TEAMS * CHANNELS; cell++) {
                csatTally.merge(csat[cell]);
                npsTally.merge(nps[cell]);
            }
            return new AnswerDistribution[] {csatTally.distribution(), npsTally.distribution()};
        }
    }

    /** The figures of one filter: CSAT, CDSAT, NPS, mean, each with its interval. */
    static List<Object> figures(Cube cube, AnswerDistribution csat, AnswerDistribution nps) {
        var figures = new ArrayList<Object>(4);
        figures.add(VoiceMetrics.csat(csat, cube.csatBoxes, cube.settings).orElseThrow());
        figures.add(VoiceMetrics.cdsat(csat, cube.csatBoxes, cube.settings).orElseThrow());
        figures.add(VoiceMetrics.netScore(nps, cube.npsBoxes, cube.settings).orElseThrow());
        figures.add(VoiceMetrics.mean(csat, cube.settings).orElseThrow());
        return figures;
    }

    /** {@return the figures of one month × queue (the filter cycles through all of them)} */
    @Benchmark
    public List<Object> monthAndQueue(Cube cube) {
        int filter = cube.next++ % (MONTHS * QUEUES);
        var merged = cube.monthAndQueue(filter / QUEUES, filter % QUEUES);
        return figures(cube, merged[0], merged[1]);
    }

    /** Sinks the figures of one queue in each month and the test of the last month's change. */
    @Benchmark
    public void queueYearTrend(Cube cube, Blackhole sink) {
        int queue = cube.next++ % QUEUES;
        AnswerDistribution previous = null;
        for (int month = 0; month < MONTHS; month++) {
            var merged = cube.monthAndQueue(month, queue);
            sink.consume(figures(cube, merged[0], merged[1]));
            if (previous != null) {
                var top = cube.csatBoxes.top();
                sink.consume(PeriodComparison.shares(previous.count(top), previous.total(), merged[0].count(top),
                        merged[0].total(), PrecisionTarget.standard()));
            }
            previous = merged[0];
        }
    }

    /** {@return the figures of the whole centre over the year} */
    @Benchmark
    public List<Object> wholeYear(Cube cube) {
        var csatTally = new AnswerTally(CSAT_SCALE);
        var npsTally = new AnswerTally(NPS_SCALE);
        for (int cell = 0; cell < cube.csat.length; cell++) {
            csatTally.merge(cube.csat[cell]);
            npsTally.merge(cube.nps[cell]);
        }
        return figures(cube, csatTally.distribution(), npsTally.distribution());
    }

    /** {@return the CSAT driver model of the year} */
    @Benchmark
    public DriverReport drivers(Cube cube) {
        return LogisticDrivers.fit(cube.drivers, DriverSettings.standard());
    }

    /** {@return 10 M raw answers counted into one tally, in µs} */
    @Benchmark
    public AnswerDistribution tallyTenMillion(Cube cube) {
        var tally = new AnswerTally(CSAT_SCALE);
        for (int answer : cube.rawAnswers) {
            tally.add(answer);
        }
        return tally.distribution();
    }
}
