package org.switchboard.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The rule of {@link ContractWeek} at its boundaries, on any valid contract: no minimum in a partial week (1–6 days),
 * the contract's figures in a whole week without leave (and a working day), and leave lowering a whole week's minimum pro rata with the
 * shifts rounded down, computed here in whole numbers: ⌊minShifts × (w − leave) / w⌋ with w = 7 − daysOff.
 */
class ContractWeekPropertiesTest {

    @Provide
    Arbitrary<Contract> contracts() {
        var daysOff = Arbitraries.integers().between(0, 7);
        return daysOff.flatMap(off -> Arbitraries.integers().between(0, 7 - off).flatMap(maxShifts -> Combinators.combine(
                        Arbitraries.integers().between(0, maxShifts),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.of(true, false))
                .as((minShifts, minHours, extraHours, consecutive) -> new Contract("c", minHours, minHours + extraHours,
                        minShifts, maxShifts, off, consecutive, 11, 6, 7))));
    }

    @Property
    void aPartialWeekHasNoMinimumAndKeepsTheMaximums(
            @ForAll("contracts") Contract contract,
            @ForAll @IntRange(min = 1, max = 6) int days,
            @ForAll @IntRange(min = 0, max = 6) int leaveSeed) {
        int leave = leaveSeed % (days + 1);
        var week = ContractWeek.of(contract, days, leave);
        int daysOff = Math.max(0, contract.daysOffPerWeek() - (7 - days));
        assertThat(week.minHours()).isZero();
        assertThat(week.minShifts()).isZero();
        assertThat(week.maxHours()).isEqualTo(contract.maxHoursPerWeek());
        assertThat(week.daysOff()).isEqualTo(daysOff);
        assertThat(week.maxShifts()).isEqualTo(Math.min(contract.maxShiftsPerWeek(), days - daysOff));
    }

    @Property
    void aWholeWeekLowersItsMinimumProRataForLeaveWithTheShiftsRoundedDown(
            @ForAll("contracts") Contract contract, @ForAll @IntRange(min = 0, max = 7) int leave) {
        var week = ContractWeek.of(contract, 7, leave);
        int workable = 7 - contract.daysOffPerWeek();
        int left = Math.max(0, workable - leave);
        double expectedHours = workable == 0 ? 0 : contract.minHoursPerWeek() * left / workable;
        int expectedShifts = workable == 0 ? 0 : contract.minShiftsPerWeek() * left / workable;
        assertThat(week.minHours()).isCloseTo(expectedHours, within(1e-9));
        assertThat(week.minShifts()).isEqualTo(expectedShifts).isLessThanOrEqualTo(left);
        assertThat(week.maxShifts()).isEqualTo(contract.maxShiftsPerWeek());
        assertThat(week.daysOff()).isEqualTo(contract.daysOffPerWeek());
        if (leave == 0 && workable > 0) { // a contract of 7 days off has no working day to ask hours of
            assertThat(week.minHours()).isEqualTo(contract.minHoursPerWeek());
            assertThat(week.minShifts()).isEqualTo(contract.minShiftsPerWeek());
        }
    }

    @Property
    void moreLeaveNeverRaisesTheMinimum(
            @ForAll("contracts") Contract contract, @ForAll @IntRange(min = 0, max = 6) int leave) {
        var fewer = ContractWeek.of(contract, 7, leave);
        var more = ContractWeek.of(contract, 7, leave + 1);
        assertThat(more.minHours()).isLessThanOrEqualTo(fewer.minHours());
        assertThat(more.minShifts()).isLessThanOrEqualTo(fewer.minShifts());
    }
}
