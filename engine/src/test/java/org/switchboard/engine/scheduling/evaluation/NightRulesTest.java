package org.switchboard.engine.scheduling.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;

/** The night rules of a contract on hand-made schedules: consecutive night shifts and the rest after a night. */
class NightRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    /** 11 h rest, at most 2 nights in a row, 14 h rest after a night. */
    private static final Contract NIGHTS = Contract.of("nights", 0, 56, 0, false, 11, 7).withNightRules(2, 14);
    /** 8 h shifts starting 14:00, 18:00 or 22:00 (the last two work past midnight: night shifts). */
    private static final ShiftTemplate LATE =
            ShiftTemplate.of("late", LocalTime.of(14, 0), LocalTime.of(22, 0), 240, List.of(480), List.of());

    private static SchedulingProblem week(Contract contract) {
        var horizon = new Horizon(MONDAY, 7, 60);
        return new SchedulingProblem(horizon,
                List.of(new SkillRequirement("voice", Collections.nCopies(horizon.intervals(), 0.0))), List.of(),
                List.of(LATE), List.of(Agent.of("A", "Ann", Set.of("voice"), contract, Set.of())), new Weights(1, 1, 1));
    }

    private static AssignedShift shift(int day, int hour) {
        return new AssignedShift("A", "voice", "late", MONDAY.plusDays(day).atTime(hour, 0), 480, List.of());
    }

    @Test
    void flagsTheThirdNightInARow() {
        // 22:00–06:00 on Monday, Tuesday and Wednesday; 16 h between them (>= 14 h after a night)
        var threeNights = new Schedule(List.of(shift(0, 22), shift(1, 22), shift(2, 22)));

        var violations = ScheduleEvaluator.evaluate(week(NIGHTS), threeNights).violations();

        assertThat(violations).extracting(RuleViolation::rule, RuleViolation::day)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.CONSECUTIVE_NIGHTS, MONDAY.plusDays(2)));
        assertThat(violations.getFirst().detail())
                .isEqualTo("more than 2 night shifts on consecutive days in contract nights");
    }

    @Test
    void flagsARestAfterANightThatIsLongEnoughForADayShiftOnly() {
        // Monday 22:00 – Tuesday 06:00, then Tuesday 18:00: 12 h of rest, >= 11 h but < 14 h after a night
        var shortRest = new Schedule(List.of(shift(0, 22), shift(1, 18)));

        var violations = ScheduleEvaluator.evaluate(week(NIGHTS), shortRest).violations();

        assertThat(violations).extracting(RuleViolation::rule).containsExactly(Rule.REST_AFTER_NIGHT);
        assertThat(violations.getFirst().detail())
                .isEqualTo("rest 12.00 h after the night shift of 2026-01-05 < 14.00 h after a night in contract nights");
    }

    @Test
    void withoutNightRulesTheContractDefaultsAllowBoth() {
        // Contract.of: nights in a row limited by the 7 consecutive days, rest after a night = the 11 h rest
        var plain = week(Contract.of("plain", 0, 56, 0, false, 11, 7));
        var schedule = new Schedule(List.of(shift(0, 22), shift(1, 18), shift(2, 22), shift(3, 22)));

        assertThat(ScheduleEvaluator.evaluate(plain, schedule).violations()).isEmpty();
        assertThat(plain.agents().getFirst().contract().maxConsecutiveNights()).isEqualTo(7);
        assertThat(plain.agents().getFirst().contract().minRestAfterNightHours()).isEqualTo(11.0);
    }
}
