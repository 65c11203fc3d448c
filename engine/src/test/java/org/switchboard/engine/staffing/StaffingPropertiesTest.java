package org.switchboard.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the queue models that no finite table can show (style guide §9): monotonicity in N, the Erlang C limit of
 * Erlang A, C ≥ B, minimality of the solver's answer, and finite probabilities from 0.01 to 10 000 Erlangs. Loads are
 * drawn log-uniformly, A = 10^x, so every decade is covered equally.
 */
class StaffingPropertiesTest {

    private static Workload workload(double log10Erlangs, double ahtSeconds) {
        var erlangs = Math.pow(10, log10Erlangs);
        return Workload.of(erlangs * 900 / ahtSeconds, 15, ahtSeconds);
    }

    private static int agentsAround(double erlangs, double offset) {
        return (int) Math.max(1, Math.floor(erlangs + offset * Math.sqrt(erlangs) + offset));
    }

    @Property(tries = 100)
    void erlangCServiceLevelRisesAndAsaFallsWithAgents(
            @ForAll @DoubleRange(min = -2, max = 4) double log10Erlangs,
            @ForAll @DoubleRange(min = 10, max = 900) double ahtSeconds,
            @ForAll @DoubleRange(min = -3, max = 4) double offset,
            @ForAll @IntRange(min = 0, max = 120) int thresholdSeconds) {
        var workload = workload(log10Erlangs, ahtSeconds);
        int agents = agentsAround(workload.erlangs(), offset);
        var threshold = Duration.ofSeconds(thresholdSeconds);
        var fewer = new ErlangC().evaluate(workload, agents, threshold);
        var more = new ErlangC().evaluate(workload, agents + 1, threshold);
        assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(fewer.serviceLevel());
        assertThat(more.asaSeconds()).isLessThanOrEqualTo(fewer.asaSeconds());
        assertThat(more.probWait()).isLessThanOrEqualTo(fewer.probWait());
    }

    @Property(tries = 60)
    void erlangAServiceLevelRisesAndAsaAndAbandonmentFallWithAgents(
            @ForAll @DoubleRange(min = -2, max = 4) double log10Erlangs,
            @ForAll @DoubleRange(min = 10, max = 900) double ahtSeconds,
            @ForAll @DoubleRange(min = 0.05, max = 10) double patiencePerAht,
            @ForAll @DoubleRange(min = -3, max = 4) double offset,
            @ForAll @IntRange(min = 0, max = 120) int thresholdSeconds) {
        var workload = workload(log10Erlangs, ahtSeconds);
        var model = new ErlangA(Duration.ofMillis(Math.round(patiencePerAht * ahtSeconds * 1000)));
        int agents = agentsAround(workload.erlangs(), offset);
        var threshold = Duration.ofSeconds(thresholdSeconds);
        var fewer = model.evaluate(workload, agents, threshold);
        var more = model.evaluate(workload, agents + 1, threshold);
        // Sums in doubles: allow a few ulps of rounding where both are at 1 or 0.
        assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(fewer.serviceLevel() - 1e-14);
        assertThat(more.asaSeconds()).isLessThanOrEqualTo(fewer.asaSeconds() * (1 + 1e-12));
        assertThat(more.probAbandon()).isLessThanOrEqualTo(fewer.probAbandon() * (1 + 1e-12));
    }

    @Property(tries = 60)
    void erlangATendsToErlangCAsPatienceGrows(
            @ForAll @DoubleRange(min = -2, max = 3) double log10Erlangs,
            @ForAll @DoubleRange(min = 0.5, max = 4) double offset,
            @ForAll @IntRange(min = 0, max = 60) int thresholdSeconds) {
        var workload = workload(log10Erlangs, 300);
        int agents = (int) Math.floor(workload.erlangs() + offset * Math.sqrt(workload.erlangs())) + 1;
        var threshold = Duration.ofSeconds(thresholdSeconds);
        var erlangC = new ErlangC().evaluate(workload, agents, threshold);
        // Patience 10^7 · AHT: r = θ/μ = 1e-7, so every Erlang A figure is within O(r·queue) of Erlang C's.
        var erlangA = new ErlangA(Duration.ofSeconds(3_000_000_000L)).evaluate(workload, agents, threshold);
        assertThat(erlangA.probWait()).isCloseTo(erlangC.probWait(), within(1e-4 * erlangC.probWait() + 1e-15));
        assertThat(erlangA.serviceLevel()).isCloseTo(erlangC.serviceLevel(), within(1e-4));
        assertThat(erlangA.asaSeconds()).isCloseTo(erlangC.asaSeconds(), within(1e-4 * erlangC.asaSeconds() + 1e-12));
        assertThat(erlangA.probAbandon()).isLessThan(1e-4);
    }

    @Property(tries = 60)
    void erlangATendsToErlangBAsPatienceVanishes(
            @ForAll @DoubleRange(min = -2, max = 4) double log10Erlangs,
            @ForAll @DoubleRange(min = 0, max = 2) double agentsPerErlang) {
        var workload = workload(log10Erlangs, 300);
        int agents = (int) Math.max(1, Math.round(workload.erlangs() * agentsPerErlang));
        // Patience 1 µs against AHT 300 s: r = θ/μ = 3e8, a caller who must wait hangs up at once, so Erlang A becomes
        // the loss system: P(abandon) = P(wait) = B(N, A) up to a relative O(A/r) ≤ 3e-5.
        var performance = new ErlangA(Duration.ofNanos(1000)).evaluate(workload, agents, Duration.ZERO);
        var blocking = ErlangB.blocking(agents, workload.erlangs());
        // Plus 1e-320 absolute: subnormals that small keep fewer than 4 significant digits.
        assertThat(performance.probAbandon()).isCloseTo(blocking, within(1e-4 * blocking + 1e-320));
        assertThat(performance.probWait()).isCloseTo(blocking, within(1e-4 * blocking + 1e-320));
    }

    @Property(tries = 100)
    void waitingIsAtLeastAsLikelyAsBlocking(
            @ForAll @DoubleRange(min = -2, max = 4) double log10Erlangs,
            @ForAll @DoubleRange(min = 0, max = 6) double offset) {
        var erlangs = Math.pow(10, log10Erlangs);
        int agents = (int) Math.floor(erlangs + offset * Math.sqrt(erlangs)) + 1;
        assertThat(ErlangC.waitProbability(agents, erlangs)).isGreaterThanOrEqualTo(ErlangB.blocking(agents, erlangs));
    }

    @Property(tries = 60)
    void requiredErlangCAgentsAreMinimal(
            @ForAll @DoubleRange(min = -2, max = 4) double log10Erlangs,
            @ForAll @DoubleRange(min = 10, max = 900) double ahtSeconds,
            @ForAll @DoubleRange(min = 0.05, max = 0.99) double serviceLevel,
            @ForAll @IntRange(min = 0, max = 120) int thresholdSeconds,
            @ForAll @DoubleRange(min = 1, max = 600) double maxAsaSeconds,
            @ForAll @DoubleRange(min = 0.5, max = 1) double maxOccupancy) {
        var targets = ServiceTargets.serviceLevel(serviceLevel, Duration.ofSeconds(thresholdSeconds))
                .withMaxAsa(Duration.ofMillis(Math.round(maxAsaSeconds * 1000)))
                .withMaxOccupancy(maxOccupancy);
        assertMinimal(new ErlangC(), workload(log10Erlangs, ahtSeconds), targets);
    }

    @Property(tries = 60)
    void requiredErlangAAgentsAreMinimal(
            @ForAll @DoubleRange(min = -2, max = 4) double log10Erlangs,
            @ForAll @DoubleRange(min = 10, max = 900) double ahtSeconds,
            @ForAll @DoubleRange(min = 0.05, max = 10) double patiencePerAht,
            @ForAll @DoubleRange(min = 0.05, max = 0.99) double serviceLevel,
            @ForAll @IntRange(min = 0, max = 120) int thresholdSeconds,
            @ForAll @DoubleRange(min = 0.01, max = 0.5) double maxAbandon) {
        var targets = ServiceTargets.serviceLevel(serviceLevel, Duration.ofSeconds(thresholdSeconds))
                .withMaxAbandonRate(maxAbandon);
        var model = new ErlangA(Duration.ofMillis(Math.round(patiencePerAht * ahtSeconds * 1000)));
        assertMinimal(model, workload(log10Erlangs, ahtSeconds), targets);
    }

    private static void assertMinimal(QueueModel model, Workload workload, ServiceTargets targets) {
        var requirement = StaffingSolver.requiredAgents(model, workload, targets, 0);
        var threshold = targets.serviceLevelThreshold();
        assertThat(targets.isMetBy(requirement.performance())).isTrue();
        if (requirement.agents() > 1) {
            var fewer = model.evaluate(workload, requirement.agents() - 1, threshold);
            assertThat(targets.isMetBy(fewer)).as("N - 1 = %d must fail a target", fewer.agents()).isFalse();
        }
    }

    @Property(tries = 60)
    void moreVolumeNeverNeedsFewerAgents(
            @ForAll @DoubleRange(min = -2, max = 3.5) double log10Erlangs,
            @ForAll @DoubleRange(min = 1, max = 1.5) double growth) {
        var targets = ServiceTargets.serviceLevel(0.8, Duration.ofSeconds(20));
        for (var model : new QueueModel[] {new ErlangC(), new ErlangA(Duration.ofSeconds(120))}) {
            var less = StaffingSolver.requiredAgents(model, workload(log10Erlangs, 240), targets, 0);
            var more = StaffingSolver.requiredAgents(
                    model, workload(log10Erlangs + Math.log10(growth), 240), targets, 0);
            assertThat(more.agents()).isGreaterThanOrEqualTo(less.agents());
        }
    }

    @Property(tries = 100)
    void everyFigureIsFiniteAndEveryProbabilityInRangeFromHundredthToTenThousandErlangs(
            @ForAll @DoubleRange(min = -2, max = 4) double log10Erlangs,
            @ForAll @DoubleRange(min = 5, max = 3600) double ahtSeconds,
            @ForAll @DoubleRange(min = 0.05, max = 20) double patiencePerAht,
            @ForAll @DoubleRange(min = 0, max = 2) double agentsPerErlang,
            @ForAll @IntRange(min = 0, max = 600) int thresholdSeconds) {
        var workload = workload(log10Erlangs, ahtSeconds);
        int agents = (int) Math.max(1, Math.round(workload.erlangs() * agentsPerErlang));
        var threshold = Duration.ofSeconds(thresholdSeconds);
        var patience = Duration.ofMillis(Math.round(patiencePerAht * ahtSeconds * 1000));
        for (var model : new QueueModel[] {new ErlangC(), new ErlangA(patience)}) {
            // The record's compact constructor already rejects NaN and out-of-range figures; check it explicitly.
            var performance = model.evaluate(workload, agents, threshold);
            assertThat(performance.probWait()).isBetween(0.0, 1.0);
            assertThat(performance.serviceLevel()).isBetween(0.0, 1.0);
            assertThat(performance.probAbandon()).isBetween(0.0, 1.0);
            assertThat(performance.occupancy()).isBetween(0.0, 1.0);
            assertThat(performance.asaSeconds()).isNotNaN();
            assertThat(performance.averageQueueLength()).isNotNaN();
            if (performance.stable()) {
                assertThat(performance.asaSeconds()).isFinite();
                assertThat(performance.meanWaitAllSeconds()).isFinite();
            }
            if (workload.erlangs() >= 1 && agents <= workload.erlangs() + 10 * Math.sqrt(workload.erlangs())) {
                // A busy queue: P(wait) is a real probability, not a false 0 from underflow.
                assertThat(performance.probWait()).isPositive();
            }
        }
    }
}
