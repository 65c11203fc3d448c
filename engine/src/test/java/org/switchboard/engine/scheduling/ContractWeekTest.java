package org.switchboard.engine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContractWeekTest {

    private static final Contract FULL_TIME = new Contract("full-time", 40, 40, 5, 5, 2, true, 11, 6, 7);

    @Test
    void aFullWeekKeepsTheContract() {
        var week = ContractWeek.of(FULL_TIME, 7, 0);
        assertThat(week.minHours()).isEqualTo(40.0);
        assertThat(week.minShifts()).isEqualTo(5);
        assertThat(week.maxShifts()).isEqualTo(5);
        assertThat(week.daysOff()).isEqualTo(2);
    }

    @Test
    void leaveLowersTheMinimumProRata() {
        // 2 leave days of 5 working days: 40 × (5 − 2)/5 = 24 h and ⌊5 × 3/5⌋ = 3 shifts
        var week = ContractWeek.of(FULL_TIME, 7, 2);
        assertThat(week.minHours()).isCloseTo(24.0, within(1e-12));
        assertThat(week.minShifts()).isEqualTo(3);
        assertThat(week.maxHours()).isEqualTo(40.0);
    }

    @Test
    void aPartialWeekDropsTheDaysOffItCannotHoldAndHasNoMinimum() {
        // 3 planned days: days off max(0, 2 − 4) = 0, workable 3, so at most 3 shifts; no minimum in a partial week
        // (Contract), the maximum hours stay
        var week = ContractWeek.of(FULL_TIME, 3, 0);
        assertThat(week.daysOff()).isZero();
        assertThat(week.minHours()).isZero();
        assertThat(week.minShifts()).isZero();
        assertThat(week.maxHours()).isEqualTo(40.0);
        assertThat(week.maxShifts()).isEqualTo(3);
        assertThat(week.daysOffMet(new boolean[3])).isTrue();
    }

    @Test
    void consecutiveDaysOffNeedARun() {
        var week = ContractWeek.of(FULL_TIME, 7, 0);
        assertThat(week.daysOffMet(new boolean[] {false, false, false, false, false, true, true})).isTrue();
        assertThat(week.daysOffMet(new boolean[] {true, false, false, false, false, false, true})).isFalse();
    }
}
