package org.switchboard.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StaffingSolverTest {

    private static final Workload TEN_ERLANGS = Workload.of(100, 30, 180);
    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);

    @Nested
    class RequiredAgents {

        @Test
        void withoutTargetsErlangCTakesTheSmallestStableNumber() {
            var requirement =
                    StaffingSolver.requiredAgents(new ErlangC(), TEN_ERLANGS, ServiceTargets.none(TWENTY_SECONDS), 0);
            assertThat(requirement.agents()).isEqualTo(11);
            assertThat(requirement.performance().stable()).isTrue();
        }

        @Test
        void withoutTargetsErlangATakesTheLoadRoundedUp() {
            var workload = Workload.of(101, 30, 180); // 10.1 Erlangs
            var requirement = StaffingSolver.requiredAgents(
                    new ErlangA(Duration.ofMinutes(2)), workload, ServiceTargets.none(TWENTY_SECONDS), 0);
            assertThat(requirement.agents()).isEqualTo(11);
        }

        @Test
        void fteGrossesUpForShrinkage() {
            var requirement = StaffingSolver.requiredAgents(
                    new ErlangC(), TEN_ERLANGS, ServiceTargets.serviceLevel(0.8, TWENTY_SECONDS), 0.3);
            assertThat(requirement.agents()).isEqualTo(14);
            assertThat(requirement.fte()).isEqualTo(14 / 0.7);
        }

        @Test
        void everyTargetBindsAtOnce() {
            var targets = ServiceTargets.serviceLevel(0.8, TWENTY_SECONDS).withMaxAsa(Duration.ofSeconds(5));
            var requirement = StaffingSolver.requiredAgents(new ErlangC(), TEN_ERLANGS, targets, 0);
            // SL alone needs 14 (ASA 7.8 s); ASA ≤ 5 s needs 15 (cran/ErlangC table: ASA(15) = 3.4 s).
            assertThat(requirement.agents()).isEqualTo(15);
            assertThat(requirement.performance().asaSeconds()).isLessThanOrEqualTo(5);
        }

        @Test
        void zeroLoadNeedsOneAgent() {
            var idle = Workload.of(0, 15, 300);
            for (var model : new QueueModel[] {new ErlangC(), new ErlangA(Duration.ofMinutes(1))}) {
                var requirement = StaffingSolver.requiredAgents(
                        model, idle, ServiceTargets.serviceLevel(1, Duration.ZERO), 0);
                assertThat(requirement.agents()).isEqualTo(1);
                assertThat(requirement.performance().serviceLevel()).isEqualTo(1);
                assertThat(requirement.performance().occupancy()).isZero();
            }
        }

        @Test
        void erlangANeedsNoMoreThanErlangCForTheSameServiceLevel() {
            var targets = ServiceTargets.serviceLevel(0.8, TWENTY_SECONDS);
            var erlangA = StaffingSolver.requiredAgents(new ErlangA(Duration.ofMinutes(5)), TEN_ERLANGS, targets, 0);
            var erlangC = StaffingSolver.requiredAgents(new ErlangC(), TEN_ERLANGS, targets, 0);
            assertThat(erlangA.agents()).isEqualTo(13).isLessThan(erlangC.agents());
        }

        @Test
        void rejectsShrinkageOfOneOrMore() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StaffingSolver.requiredAgents(
                            new ErlangC(), TEN_ERLANGS, ServiceTargets.none(TWENTY_SECONDS), 1))
                    .withMessage("shrinkage must be in [0, 1): shrinkage=1.0");
        }
    }

    @Nested
    class Around {

        @Test
        void listsEachNumberOfAgentsAroundTheCentre() {
            var table = StaffingSolver.around(new ErlangC(), TEN_ERLANGS, TWENTY_SECONDS, 12, 3);
            assertThat(table).extracting(QueuePerformance::agents).containsExactly(9, 10, 11, 12, 13, 14, 15);
            assertThat(table.get(0).stable()).isFalse();
            assertThat(table.get(1).stable()).isFalse();
            assertThat(table.get(2).stable()).isTrue();
        }

        @Test
        void startsAtOneAgent() {
            var table = StaffingSolver.around(new ErlangA(Duration.ofMinutes(1)), TEN_ERLANGS, TWENTY_SECONDS, 2, 5);
            assertThat(table).extracting(QueuePerformance::agents).containsExactly(1, 2, 3, 4, 5, 6, 7);
        }
    }

    @Nested
    class UnstableErlangC {

        @Test
        void reportsAnExplicitUnstableOutcome() {
            var performance = new ErlangC().evaluate(TEN_ERLANGS, 10, TWENTY_SECONDS);
            assertThat(performance.stable()).isFalse();
            assertThat(performance.probWait()).isEqualTo(1);
            assertThat(performance.serviceLevel()).isZero();
            assertThat(performance.occupancy()).isEqualTo(1);
            assertThat(performance.asaSeconds()).isInfinite();
            assertThat(performance.meanWaitAllSeconds()).isInfinite();
            assertThat(performance.averageQueueLength()).isInfinite();
        }

        @Test
        void erlangAIsStableWithTooFewAgents() {
            var performance = new ErlangA(Duration.ofMinutes(3)).evaluate(TEN_ERLANGS, 5, TWENTY_SECONDS);
            assertThat(performance.stable()).isTrue();
            // At most N agents can be busy: the answered share is at most N/A = 0.5.
            assertThat(performance.probAbandon()).isGreaterThan(0.5);
            assertThat(performance.asaSeconds()).isFinite();
        }
    }

    @Nested
    class Extremes {

        @Test
        void erlangAKeepsAWaitProbabilityBelowTheNormalDoubles() {
            // Found by StaffingPropertiesTest.erlangATendsToErlangBAsPatienceVanishes: 1/(1 + e^x) gave 0 for x > 709.
            var erlangs = Math.pow(10, 3.27);
            var workload = Workload.of(erlangs * 900 / 300, 15, 300);
            int agents = (int) Math.round(workload.erlangs() * 1.99);
            var blocking = ErlangB.blocking(agents, workload.erlangs());
            assertThat(blocking).isPositive().isLessThan(1e-308);
            var performance = new ErlangA(Duration.ofNanos(1000)).evaluate(workload, agents, Duration.ZERO);
            assertThat(performance.probAbandon()).isPositive().isCloseTo(blocking, within(1e-4 * blocking));
        }

        @Test
        void erlangAWithOneAgentAtTenThousandErlangsAbandonsAlmostEveryone() {
            var workload = Workload.of(30_000, 15, 300); // 10 000 Erlangs
            var performance = new ErlangA(Duration.ofSeconds(6000)).evaluate(workload, 1, TWENTY_SECONDS);
            // At most one call in 10 000 can be served: P(abandon) → 1 − N/A.
            assertThat(performance.probAbandon()).isCloseTo(0.9999, within(1e-6));
            assertThat(performance.occupancy()).isCloseTo(1, within(1e-6));
        }
    }
}
