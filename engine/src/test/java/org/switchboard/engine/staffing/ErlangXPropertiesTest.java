package org.switchboard.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of {@link ErlangX} over random queues from 0.1 to 1 000 Erlangs (drawn log-uniformly): the redial rate is a
 * fixed point, every attempt ends blocked, answered or abandoned, and the figures stay finite probabilities.
 */
class ErlangXPropertiesTest {

    @Property(tries = 80)
    void everyAttemptEndsOnceAndTheRedialRateIsAFixedPoint(
            @ForAll @DoubleRange(min = -1, max = 3) double log10Erlangs,
            @ForAll @DoubleRange(min = 30, max = 900) double ahtSeconds,
            @ForAll @DoubleRange(min = 0.05, max = 10) double patiencePerAht,
            @ForAll @DoubleRange(min = -3, max = 3) double offset,
            @ForAll @DoubleRange(min = 0, max = 1) double extraLinesPerAgent,
            @ForAll @DoubleRange(min = 0, max = 0.9) double redialAfterAbandonment,
            @ForAll @DoubleRange(min = 0, max = 0.9) double redialAfterBlocking,
            @ForAll @IntRange(min = 0, max = 120) int thresholdSeconds) {
        double erlangs = Math.pow(10, log10Erlangs);
        var workload = Workload.of(erlangs * 900 / ahtSeconds, 15, ahtSeconds);
        int agents = (int) Math.max(1, Math.floor(erlangs + offset * Math.sqrt(erlangs)));
        int lines = agents + (int) Math.round(extraLinesPerAgent * agents);
        var patience = Duration.ofMillis(Math.round(patiencePerAht * ahtSeconds * 1000));
        var model = new ErlangX(patience, OptionalInt.of(lines), redialAfterAbandonment, redialAfterBlocking);

        var p = model.evaluate(workload, agents, Duration.ofSeconds(thresholdSeconds));

        double fresh = workload.arrivalsPerSecond();
        double redials =
                p.attemptsPerSecond() * (redialAfterAbandonment * p.probAbandon() + redialAfterBlocking * p.probBlock());
        assertThat(fresh + redials).isCloseTo(p.attemptsPerSecond(), within(1e-9 * p.attemptsPerSecond()));
        double answered = 1 - p.probBlock() - p.probAbandon();
        assertThat(answered).isBetween(0.0, 1.0);
        // 1e-9 like the other checks: the figures come out of a bisection on the attempt rate (1e-13 relative) and
        // sums of many terms; 1e-12 failed once by 3e-15
        // (seed -8683927251085948827)
        assertThat(p.serviceLevel()).isLessThanOrEqualTo(answered + 1e-9);
        assertThat(p.occupancy()).isCloseTo(p.attemptsPerSecond() * answered * ahtSeconds / agents, within(1e-9));
        assertThat(p.probLost()).isLessThanOrEqualTo(p.probBlock() + p.probAbandon() + 1e-9);
    }
}
