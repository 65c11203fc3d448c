package org.switchboard.engine.staffing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InverseBlockingTest {

    @Property(tries = 60)
    void tableAgreesBitForBitWithTheDirectComputation(
            @ForAll @DoubleRange(min = -2, max = 4) double log10Erlangs,
            @ForAll @IntRange(min = 0, max = 20_000) int servers) {
        var erlangs = Math.pow(10, log10Erlangs);
        var table = new InverseBlocking(erlangs);
        // Walk up and down as the solver does.
        assertThat(table.get(servers)).isEqualTo(InverseBlocking.at(servers, erlangs));
        assertThat(table.get(servers / 2)).isEqualTo(InverseBlocking.at(servers / 2, erlangs));
        assertThat(table.get(servers + 7)).isEqualTo(InverseBlocking.at(servers + 7, erlangs));
    }

    @Property(tries = 60)
    void directSumAgreesWithThePlainRecurrence(
            @ForAll @DoubleRange(min = 64, max = 10_000) double erlangs,
            @ForAll @DoubleRange(min = 0, max = 1.2) double serversPerErlang) {
        int servers = (int) (erlangs * serversPerErlang);
        var plain = 1.0;
        for (int k = 1; k <= servers; k++) {
            plain = 1 + k / erlangs * plain;
        }
        // Both lose at most ~N·ε relative; 1e-11 at N = 12 000.
        assertThat(InverseBlocking.at(servers, erlangs)).isCloseTo(plain, within(plain * 1e-11));
    }

    @Test
    void logFormReachesBeyondTheDoubleRange() {
        // I(400; 1) = Σ_{k≤400} 400!/(400−k)! = 400! · Σ_{j≤400} 1/j! = 400! · e (to double precision), so
        // ln I = Σ_{k=2..400} ln k + 1. The sum of 399 logarithms is good to ~1e-15 relative.
        var expected = 1.0;
        for (int k = 2; k <= 400; k++) {
            expected += Math.log(k);
        }
        assertThat(InverseBlocking.at(400, 1)).isInfinite();
        assertThat(InverseBlocking.logAt(400, 1)).isCloseTo(expected, within(expected * 1e-13));
    }
}
