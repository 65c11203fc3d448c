package org.switchboard.engine.staffing;

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
import org.switchboard.engine.staffing.simulation.QueueSimulator;
import org.switchboard.engine.staffing.simulation.Retrials;
import org.switchboard.engine.staffing.simulation.RunLength;
import org.switchboard.engine.staffing.simulation.SimulationResult;
import org.switchboard.engine.staffing.simulation.SimulationSpec;
import org.switchboard.engine.staffing.simulation.TimeDistribution;

class ErlangXTest {

    private static final Duration T20 = Duration.ofSeconds(20);

    @Nested
    class SpecialCases {

        // rodrigo-arenas/pyworkforce pyworkforce/queuing/tests/test_abandonment.py::test_erlanga_regression_metrics,
        // via ../shared/data/reference/erlang-published.csv, case A10-14 (6 dp published; the csv's values agree with
        // the exact M/M/N+M to 1e-10).
        @Test
        void withoutRedialsAndLineLimitItIsPublishedErlangA() {
            var performance = ErlangX.of(Duration.ofMinutes(5)).evaluate(Workload.of(100, 30, 180), 14, T20);

            assertThat(performance.serviceLevel()).isCloseTo(0.9167920919, within(1e-9));
            assertThat(performance.probAbandon()).isCloseTo(0.01398374412, within(1e-9));
            assertThat(performance.probWait()).isCloseTo(0.1452601143, within(1e-9));
            assertThat(performance.occupancy()).isCloseTo(0.7042973256, within(1e-9));
            assertThat(performance.meanWaitAllSeconds()).isCloseTo(0.06991872061 * 60, within(1e-7));
            assertThat(performance.probBlock()).isZero();
            assertThat(performance.attemptsPerCustomer()).isEqualTo(1);
        }

        @ParameterizedTest(name = "A = {0}, N = {1}, patience = {2} s")
        @CsvSource({"0.5, 1, 30", "10, 9, 300", "100, 95, 60", "1000, 1010, 600"})
        void withoutRedialsAndLineLimitItMatchesErlangA(double erlangs, int agents, int patienceSeconds) {
            var workload = Workload.of(erlangs * 3600 / 240, 60, 240);
            var patience = Duration.ofSeconds(patienceSeconds);

            var x = ErlangX.of(patience).evaluate(workload, agents, T20);
            var a = new ErlangA(patience).evaluate(workload, agents, T20);

            assertThat(x.serviceLevel()).isCloseTo(a.serviceLevel(), within(1e-9));
            assertThat(x.probAbandon()).isCloseTo(a.probAbandon(), within(1e-9));
            assertThat(x.probWait()).isCloseTo(a.probWait(), within(1e-9));
            assertThat(x.asaSeconds()).isCloseTo(a.asaSeconds(), within(1e-6 * (1 + a.asaSeconds())));
            assertThat(x.averageQueueLength()).isCloseTo(a.averageQueueLength(), within(1e-6 * (1 + a.averageQueueLength())));
        }

        @ParameterizedTest(name = "N = L = {0}, A = {1}")
        @CsvSource({"1, 1", "17, 10", "120, 100", "1050, 1000"})
        void withAsManyLinesAsAgentsBlockingIsErlangB(int agents, double erlangs) {
            var workload = Workload.of(erlangs * 3600 / 180, 60, 180);

            var performance = ErlangX.of(Duration.ofMinutes(2)).withLines(agents).evaluate(workload, agents, T20);

            assertThat(performance.probBlock()).isCloseTo(ErlangB.blocking(agents, erlangs), within(1e-12));
            assertThat(performance.probWait()).isZero();
            assertThat(performance.serviceLevel()).isCloseTo(1 - performance.probBlock(), within(1e-12));
        }

        @Test
        void noContactsMeansNoQueue() {
            var performance = ErlangX.of(Duration.ofMinutes(2)).withLines(12).withRedials(0.5, 0.5)
                    .evaluate(Workload.of(0, 30, 180), 10, T20);

            assertThat(performance.serviceLevel()).isEqualTo(1);
            assertThat(performance.occupancy()).isZero();
            assertThat(performance.probLost()).isZero();
        }
    }

    @Nested
    class Laws {

        private final ErlangX model =
                ErlangX.of(Duration.ofSeconds(120)).withLines(16).withRedials(0.5, 0.7);
        private final Workload workload = Workload.of(130, 30, 180);

        @Test
        void effectiveArrivalsAreAFixedPoint() {
            var p = model.evaluate(workload, 12, T20);
            double fresh = workload.arrivalsPerSecond();
            double redials = p.attemptsPerSecond() * (0.5 * p.probAbandon() + 0.7 * p.probBlock());

            assertThat(fresh + redials).isCloseTo(p.attemptsPerSecond(), within(1e-9 * fresh));
        }

        @Test
        void abandonmentMatchesTheFlowOfTheQueue() {
            // Abandonments per second = θ·E[queue] = λ_eff·P_ab.
            var p = model.evaluate(workload, 12, T20);

            assertThat(p.attemptsPerSecond() * p.probAbandon())
                    .isCloseTo(p.averageQueueLength() / 120, within(1e-12));
        }

        @Test
        void everyAttemptIsBlockedAnsweredOrAbandoned() {
            var p = model.evaluate(workload, 12, T20);
            double answered = p.occupancy() * 12 / (p.attemptsPerSecond() * 180);

            assertThat(p.probBlock() + answered + p.probAbandon()).isCloseTo(1, within(1e-12));
            assertThat(p.serviceLevel()).isLessThanOrEqualTo(answered);
        }

        @Test
        void withoutRedialsEveryUnansweredAttemptIsALostCustomer() {
            var p = model.withRedials(0, 0).evaluate(workload, 12, T20);

            assertThat(p.probLost()).isCloseTo(p.probBlock() + p.probAbandon(), within(1e-12));
        }

        @Test
        void moreRedialsMeanMoreAttemptsAndFewerLostCustomers() {
            var few = model.withRedials(0.2, 0.2).evaluate(workload, 12, T20);
            var many = model.withRedials(0.8, 0.8).evaluate(workload, 12, T20);

            assertThat(many.attemptsPerCustomer()).isGreaterThan(few.attemptsPerCustomer());
            assertThat(many.probLost()).isLessThan(few.probLost());
            assertThat(many.serviceLevel()).isLessThan(few.serviceLevel());
        }

        @Test
        void moreAgentsNeverLowerTheServiceLevel() {
            double previous = 0;
            for (int agents = 8; agents <= 16; agents++) {
                double sl = model.evaluate(workload, agents, T20).serviceLevel();
                assertThat(sl).isGreaterThanOrEqualTo(previous);
                previous = sl;
            }
        }
    }

    /*
     * Accuracy against QueueSimulator (20 replications × 50 000 fresh calls; ± = 95 % half-width; all attempts).
     * The Poisson-redial approximation is good when redials come back long after the attempt and degrades when the
     * delay is of the order of the AHT, because redials then return to the same congested period:
     *
     *   A=13 N=12 L=16 patience 120 s, r_a 0.5, r_b 0.7 (AHT 180 s)
     *     delay 60 min: P_block 0.1266 vs 0.1280±0.0025, SL 0.4667 vs 0.4659±0.0055, P_ab 0.1379 vs 0.1379±0.0014,
     *                   lost 0.1269 vs 0.1277±0.0020, occupancy 0.9458 vs 0.9452±0.0013 — all within the CI
     *     delay 10 min: P_block −0.0095, SL +0.0053, P_wait +0.0100, lost −0.0034 (ErlangX − simulation)
     *     delay  1 min: P_block −0.0486, SL +0.0210, P_wait +0.0537, lost −0.0173, attempts/customer −0.044
     *   A=10 N=11 L=15 patience 180 s, r_a 0.6, r_b 0.8
     *     delay 10 h:   P_block 0.0587 vs 0.0584±0.0009, SL 0.6551 vs 0.6564±0.0030, lost 0.0449 vs 0.0449±0.0006
     *     delay 60 min: P_block −0.0028, SL +0.0070, lost −0.0012 (40 replications: 2.5, 2.0, 1.9 half-widths; the
     *                   number of customers waiting to redial drifts on the scale of the delay and modulates λ_eff)
     *     delay 30 min: P_block 0.0587 vs 0.0618±0.0016, SL 0.6551 vs 0.6504±0.0050, lost 0.0449 vs 0.0461±0.0009
     *     delay  1 min: P_block −0.0600, SL +0.0677, lost −0.0181
     *   A=100 N=100 L=120 patience 120 s, r 0.5/0.5 (AHT 240 s)
     *     delay 30 min: every figure within its CI (P_block 0.0023 vs 0.0026±0.0004, SL 0.8089 vs 0.8100±0.0107)
     *     delay  2 min: P_block −0.0028, SL +0.0255, P_ab −0.0043
     */
    @Nested
    class AgainstSimulation {

        /** Long enough for the backlog of customers waiting to redial (time constant: the delay) to settle. */
        private static final Duration WARM_UP = Duration.ofHours(50);

        @ParameterizedTest(name = "A = {0}, N = {2}, L = {3}, patience {4} s, r = {5}/{6}")
        @CsvSource({
            "13, 180, 12, 16, 120, 0.5, 0.7",
            "10, 180, 11, 15, 180, 0.6, 0.8",
            "100, 240, 100, 120, 120, 0.5, 0.5"
        })
        void agreesWithSimulationWhenRedialsComeBackLate(
                double erlangs, int ahtSeconds, int agents, int lines, int patienceSeconds, double ra, double rb) {
            var workload = Workload.of(erlangs * 3600 / ahtSeconds, 60, ahtSeconds);
            var patience = Duration.ofSeconds(patienceSeconds);
            var analytic = new ErlangX(patience, OptionalInt.of(lines), ra, rb).evaluate(workload, agents, T20);

            var simulated = simulate(workload, agents, lines, patience, new Retrials(ra, rb, Duration.ofHours(10)), 3);

            assertAgrees(simulated.probBlock(), analytic.probBlock(), "P(block)");
            assertAgrees(simulated.probAbandon(), analytic.probAbandon(), "P(abandon)");
            assertAgrees(simulated.probWait(), analytic.probWait(), "P(wait)");
            assertAgrees(simulated.serviceLevel(), analytic.serviceLevel(), "SL");
            assertAgrees(simulated.asaSeconds(), analytic.asaSeconds(), "ASA");
            assertAgrees(simulated.occupancy(), analytic.occupancy(), "occupancy");
            assertAgrees(simulated.probLost(), analytic.probLost(), "lost customers");
            assertAgrees(simulated.attemptsPerCustomer(), analytic.attemptsPerCustomer(), "attempts per customer");
            assertAgrees(simulated.firstAttempts().serviceLevel(), analytic.serviceLevel(), "SL of first attempts");
        }

        @Test
        void underestimatesBlockingWhenRedialsComeBackQuickly() {
            // The documented limit: with a 1-minute redial delay (AHT 3 min) blocked callers meet the same busy lines.
            var workload = Workload.of(130, 30, 180);
            var patience = Duration.ofSeconds(120);
            var analytic = new ErlangX(patience, OptionalInt.of(16), 0.5, 0.7).evaluate(workload, 12, T20);

            var simulated = simulate(workload, 12, 16, patience, new Retrials(0.5, 0.7, Duration.ofMinutes(1)), 3);

            assertThat(simulated.probBlock().mean() - analytic.probBlock()).isBetween(0.03, 0.07);
            assertThat(simulated.probLost().mean() - analytic.probLost()).isBetween(0.005, 0.03);
        }

        private static SimulationResult simulate(
                Workload workload, int agents, int lines, Duration patience, Retrials retrials, long seed) {
            double lambda = workload.arrivalsPerSecond();
            var spec = new SimulationSpec(
                    lambda,
                    agents,
                    TimeDistribution.exponential(workload.aht()),
                    TimeDistribution.exponential(patience),
                    retrials,
                    OptionalInt.of(lines),
                    T20,
                    new RunLength(WARM_UP, RunLength.ofArrivals(lambda, 50_000, 20).measured(), 20));
            return QueueSimulator.simulate(spec, QueueSimulator.random(seed));
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsFewerLinesThanAgents() {
            var model = ErlangX.of(Duration.ofMinutes(2)).withLines(10);

            assertThatThrownBy(() -> model.evaluate(Workload.of(100, 30, 180), 11, T20))
                    .hasMessageContaining("lines=OptionalInt[10], agents=11");
        }

        @Test
        void rejectsARedialProbabilityOfOne() {
            assertThatThrownBy(() -> ErlangX.of(Duration.ofMinutes(2)).withRedials(1, 0))
                    .hasMessageContaining("redialAfterAbandonment=1.0");
        }

        @Test
        void rejectsZeroPatience() {
            assertThatThrownBy(() -> ErlangX.of(Duration.ZERO)).hasMessageContaining("meanPatience=PT0S");
        }

        @Test
        void rejectsANegativeThreshold() {
            assertThatThrownBy(() -> ErlangX.of(Duration.ofMinutes(2))
                            .evaluate(Workload.of(100, 30, 180), 11, Duration.ofSeconds(-1)))
                    .hasMessageContaining("serviceLevelThreshold=PT-1S");
        }
    }
}
