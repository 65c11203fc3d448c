package org.switchboard.engine.staffing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.switchboard.engine.staffing.simulation.SimulationAssertions.assertAgrees;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.engine.staffing.ErlangA;
import org.switchboard.engine.staffing.ErlangB;
import org.switchboard.engine.staffing.ErlangC;
import org.switchboard.engine.staffing.QueuePerformance;
import org.switchboard.engine.staffing.Workload;

/** The simulator against the analytic models, compared by {@link SimulationAssertions#assertAgrees}. */
class QueueSimulatorTest {

    private static final Duration AHT = Duration.ofSeconds(180);
    private static final Duration T20 = Duration.ofSeconds(20);
    private static final double LAMBDA_100_PER_30_MIN = 100.0 / 1800;

    @Nested
    class ErlangCModel {

        // cran/ErlangC tests/testthat/test-calculate_agents.R, via ../shared/data/reference/erlang-published.csv
        // (case C10-13: 100 calls per 30 min, AHT 180 s, A = 10, N = 13, T = 20 s).
        @Test
        void confirmsPublishedErlangCValues() {
            var spec = SimulationSpec.erlangC(LAMBDA_100_PER_30_MIN, AHT, 13, T20);

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(1));

            assertAgrees(result.serviceLevel(), 0.7955947884, "SL(20 s)");
            assertAgrees(result.probWait(), 0.285270453, "P(wait)");
            assertAgrees(result.meanWaitAllSeconds(), 17.11622718, "mean wait of all calls");
            assertAgrees(result.occupancy(), 0.7692307692, "occupancy");
            assertThat(result.probAbandon().mean()).isZero();
            assertThat(result.probBlock().mean()).isZero();
        }

        @ParameterizedTest(name = "A = {0}, N = {1}, AHT = {2} s, T = {3} s")
        @CsvSource({"2.5, 4, 240, 20", "10, 11, 180, 20", "48, 52, 300, 30", "200, 207, 240, 15"})
        void confirmsErlangC(double erlangs, int agents, int ahtSeconds, int thresholdSeconds) {
            var aht = Duration.ofSeconds(ahtSeconds);
            var threshold = Duration.ofSeconds(thresholdSeconds);
            var workload = Workload.of(erlangs * 3600 / ahtSeconds, 60, ahtSeconds);
            var analytic = new ErlangC().evaluate(workload, agents, threshold);
            var spec = SimulationSpec.erlangC(workload.arrivalsPerSecond(), aht, agents, threshold);

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(11));

            assertAgreesWith(result, analytic);
        }
    }

    @Nested
    class ErlangAModel {

        // rodrigo-arenas/pyworkforce pyworkforce/queuing/tests/test_abandonment.py::test_erlanga_regression_metrics,
        // via ../shared/data/reference/erlang-published.csv (case A10-14: λ = 100 per 30 min, AHT 3 min, patience
        // 5 min, N = 14, T = 20 s; E[W] over all arrivals 0.06991872061 min).
        @Test
        void confirmsPublishedErlangAValues() {
            var spec = SimulationSpec.erlangA(LAMBDA_100_PER_30_MIN, AHT, Duration.ofMinutes(5), 14, T20);

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(2));

            assertAgrees(result.serviceLevel(), 0.9167920919, "SL(20 s)");
            assertAgrees(result.probAbandon(), 0.01398374412, "P(abandon)");
            assertAgrees(result.probWait(), 0.1452601143, "P(wait)");
            assertAgrees(result.occupancy(), 0.7042973256, "occupancy");
            assertAgrees(result.meanWaitAllSeconds(), 0.06991872061 * 60, "mean wait of all calls");
        }

        @ParameterizedTest(name = "A = {0}, N = {1}, AHT = {2} s, patience = {3} s")
        @CsvSource({"5, 4, 300, 120", "10, 9, 180, 300", "100, 95, 240, 60", "100, 108, 240, 600"})
        void confirmsErlangA(double erlangs, int agents, int ahtSeconds, int patienceSeconds) {
            var patience = Duration.ofSeconds(patienceSeconds);
            var workload = Workload.of(erlangs * 3600 / ahtSeconds, 60, ahtSeconds);
            var analytic = new ErlangA(patience).evaluate(workload, agents, T20);
            var spec = SimulationSpec.erlangA(
                    workload.arrivalsPerSecond(), Duration.ofSeconds(ahtSeconds), patience, agents, T20);

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(12));

            assertAgreesWith(result, analytic);
            assertAgrees(result.probAbandon(), analytic.probAbandon(), "P(abandon)");
            assertAgrees(result.asaSeconds(), analytic.asaSeconds(), "ASA");
        }
    }

    @Nested
    class Blocking {

        @ParameterizedTest(name = "N = lines = {0}, A = {1}")
        @CsvSource({"5, 3", "17, 10", "60, 55"})
        void confirmsErlangBWhenLinesEqualAgents(int agents, double erlangs) {
            // With as many lines as agents nobody waits: M/M/N/N, whose blocking is Erlang B.
            var spec = new SimulationSpec(
                    erlangs / 180,
                    agents,
                    TimeDistribution.exponential(AHT),
                    TimeDistribution.infinite(),
                    Retrials.none(),
                    OptionalInt.of(agents),
                    T20,
                    RunLength.ofArrivals(erlangs / 180, 20_000, 20));

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(3));

            assertAgrees(result.probBlock(), ErlangB.blocking(agents, erlangs), "P(block)");
            assertThat(result.probWait().mean()).isZero();
            assertThat(result.probLost().mean()).isCloseTo(result.probBlock().mean(), within(0.01));
        }
    }

    @Nested
    class GeneralHandleTimes {

        /*
         * Where Erlang C is off: A = 10, N = 13, T = 20 s, 20 × 50 000 calls per case (seed 7). Erlang C:
         * SL 0.7956, P(wait) 0.2853, mean wait 17.12 s. Measured (± 95 % half-width):
         *   log-normal cv 1.5   SL 0.779 ± 0.007   P(wait) 0.299   mean wait 23.8 ± 2.1 s  (+39 %)
         *   log-normal cv 0.5   SL 0.819 ± 0.004   P(wait) 0.274   mean wait 11.5 ± 0.4 s  (−33 %)
         *   deterministic       SL 0.833 ± 0.004   P(wait) 0.265   mean wait  9.5 ± 0.3 s  (−45 %)
         * The direction follows the Lee–Longton/Kingman factor (1 + cv²)/2 on the mean wait (×1.63, ×0.63, ×0.5).
         */
        @Test
        void erlangCUnderstatesWaitingForHighlyVariableLogNormalHandleTimes() {
            var spec = SimulationSpec.erlangC(LAMBDA_100_PER_30_MIN, AHT, 13, T20)
                    .withHandleTime(TimeDistribution.logNormal(AHT, 1.5))
                    .withRun(RunLength.ofArrivals(LAMBDA_100_PER_30_MIN, 50_000, 20));

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(7));

            assertThat(result.meanWaitAllSeconds().lowerBound()).isGreaterThan(17.11622718 * 1.2);
            assertThat(result.serviceLevel().upperBound()).isLessThan(0.7955947884);
            assertThat(result.occupancy().mean()).isCloseTo(10.0 / 13, within(0.01));
        }

        @Test
        void erlangCOverstatesWaitingForDeterministicHandleTimes() {
            var spec = SimulationSpec.erlangC(LAMBDA_100_PER_30_MIN, AHT, 13, T20)
                    .withHandleTime(TimeDistribution.deterministic(AHT))
                    .withRun(RunLength.ofArrivals(LAMBDA_100_PER_30_MIN, 50_000, 20));

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(7));

            assertThat(result.meanWaitAllSeconds().upperBound()).isLessThan(17.11622718 * 0.7);
            assertThat(result.serviceLevel().lowerBound()).isGreaterThan(0.7955947884 + 0.02);
        }

        @Test
        void deterministicPatienceCapsEveryWait() {
            var spec = SimulationSpec.erlangA(LAMBDA_100_PER_30_MIN * 1.3, AHT, Duration.ofMinutes(1), 12, T20)
                    .withPatience(TimeDistribution.deterministic(Duration.ofSeconds(30)));

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(4));

            assertThat(result.asaSeconds().upperBound()).isLessThanOrEqualTo(30);
            assertThat(result.probAbandon().mean()).isBetween(0.05, 0.5);
        }
    }

    @Nested
    class Reproducibility {

        private final SimulationSpec spec = SimulationSpec.erlangA(LAMBDA_100_PER_30_MIN, AHT, Duration.ofMinutes(2), 12, T20)
                .withPatience(TimeDistribution.logNormal(Duration.ofMinutes(2), 1.0))
                .withLines(20)
                .withRetrials(new Retrials(0.4, 0.6, Duration.ofMinutes(5)))
                .withRun(RunLength.ofArrivals(LAMBDA_100_PER_30_MIN, 2_000, 5));

        @Test
        void sameSeedGivesTheSameResult() {
            var first = QueueSimulator.simulate(spec, QueueSimulator.random(2026));
            var second = QueueSimulator.simulate(spec, QueueSimulator.random(2026));

            assertThat(second).isEqualTo(first);
        }

        @Test
        void anotherSeedGivesAnotherResult() {
            var first = QueueSimulator.simulate(spec, QueueSimulator.random(2026));
            var second = QueueSimulator.simulate(spec, QueueSimulator.random(2027));

            assertThat(second.serviceLevel()).isNotEqualTo(first.serviceLevel());
        }

        @Test
        void withoutRedialsFirstAttemptsAreAllAttempts() {
            var result = QueueSimulator.simulate(spec.withRetrials(Retrials.none()), QueueSimulator.random(5));

            assertThat(result.firstAttempts()).isEqualTo(result.allAttempts());
            assertThat(result.attemptsPerCustomer().mean()).isEqualTo(1);
            assertThat(result.probLost().mean())
                    .isCloseTo(result.probAbandon().mean() + result.probBlock().mean(), within(0.01));
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsAnUnstableQueueWithoutAbandonmentOrLines() {
            assertThatThrownBy(() -> SimulationSpec.erlangC(LAMBDA_100_PER_30_MIN, AHT, 10, T20))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("agents=10, load=10.0");
        }

        @Test
        void rejectsFewerLinesThanAgents() {
            var spec = SimulationSpec.erlangC(LAMBDA_100_PER_30_MIN, AHT, 13, T20);

            assertThatThrownBy(() -> spec.withLines(12)).hasMessageContaining("lines=OptionalInt[12], agents=13");
        }

        @Test
        void rejectsAnInfiniteHandleTime() {
            var spec = SimulationSpec.erlangC(LAMBDA_100_PER_30_MIN, AHT, 13, T20);

            assertThatThrownBy(() -> spec.withHandleTime(TimeDistribution.infinite()))
                    .hasMessageContaining("handle time must be finite");
        }

        @Test
        void rejectsARedialProbabilityOfOne() {
            assertThatThrownBy(() -> new Retrials(1, 0, Duration.ofMinutes(1)))
                    .hasMessageContaining("afterAbandonment=1.0");
        }

        @Test
        void rejectsANegativeCoefficientOfVariation() {
            assertThatThrownBy(() -> TimeDistribution.logNormal(AHT, -0.1)).hasMessageContaining("cv=-0.1");
        }

        @Test
        void rejectsASingleReplication() {
            assertThatThrownBy(() -> new RunLength(Duration.ZERO, Duration.ofHours(1), 1))
                    .hasMessageContaining("at least 2 replications");
        }

        @Test
        void acceptsOverloadWhenCustomersAbandon() {
            // A = 10 on 8 agents: stable only because customers hang up; occupancy as Erlang A predicts.
            var patience = Duration.ofMinutes(1);
            var spec = SimulationSpec.erlangA(LAMBDA_100_PER_30_MIN, AHT, patience, 8, T20);

            var result = QueueSimulator.simulate(spec, QueueSimulator.random(6));

            var analytic = new ErlangA(patience).evaluate(Workload.of(100, 30, 180), 8, T20);
            assertAgrees(result.occupancy(), analytic.occupancy(), "occupancy");
            assertAgrees(result.probAbandon(), analytic.probAbandon(), "P(abandon)");
        }
    }

    private static void assertAgreesWith(SimulationResult result, QueuePerformance analytic) {
        assertAgrees(result.serviceLevel(), analytic.serviceLevel(), "SL");
        assertAgrees(result.probWait(), analytic.probWait(), "P(wait)");
        assertAgrees(result.meanWaitAllSeconds(), analytic.meanWaitAllSeconds(), "mean wait of all");
        assertAgrees(result.occupancy(), analytic.occupancy(), "occupancy");
    }
}
