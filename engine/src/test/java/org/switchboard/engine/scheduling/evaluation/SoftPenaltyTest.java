package org.switchboard.engine.scheduling.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;

/** The soft penalty of {@link Weights} on hand-made schedules, every figure computed by hand in the comments. */
class SoftPenaltyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Contract FLEXIBLE = Contract.of("flex", 0, 40, 0, false, 11, 7);
    private static final Contract OTHER = Contract.of("other", 0, 40, 0, false, 11, 7);
    private static final ShiftTemplate FOUR_HOURS =
            ShiftTemplate.of("four", LocalTime.of(6, 0), LocalTime.of(18, 0), 60, List.of(240), List.of());

    private static AssignedShift shift(String agent, LocalDateTime start) {
        return new AssignedShift(agent, "voice", "four", start, 240, List.of());
    }

    /**
     * One week from Monday, no demand. Contract flex: A (wishes a 08:00 start and Sundays off), B (no wishes), C (on
     * leave Monday to Thursday); contract other: D alone.
     */
    private static SchedulingProblem week(Weights weights) {
        var horizon = new Horizon(MONDAY, 7, 60);
        var leave = Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3));
        var agents = List.of(
                new Agent("A", "Ann", Set.of("voice"), "", FLEXIBLE, Set.of(),
                        new Preferences(Optional.of(LocalTime.of(8, 0)), Set.of(DayOfWeek.SUNDAY)), 0),
                Agent.of("B", "Bob", Set.of("voice"), FLEXIBLE, Set.of()),
                Agent.of("C", "Cat", Set.of("voice"), FLEXIBLE, leave),
                Agent.of("D", "Dan", Set.of("voice"), OTHER, Set.of()));
        return new SchedulingProblem(horizon,
                List.of(new SkillRequirement("voice", Collections.nCopies(horizon.intervals(), 0.0))), List.of(),
                List.of(FOUR_HOURS), agents, weights);
    }

    /** A: Saturday 08:00 and Sunday 14:00; B: Monday and Tuesday 13:00; C nothing; D: Saturday 08:00. */
    private static final Schedule SHIFTS = new Schedule(List.of(
            shift("A", MONDAY.plusDays(5).atTime(8, 0)),
            shift("A", MONDAY.plusDays(6).atTime(14, 0)),
            shift("B", MONDAY.atTime(13, 0)),
            shift("B", MONDAY.plusDays(1).atTime(13, 0)),
            shift("D", MONDAY.plusDays(5).atTime(8, 0))));

    @Test
    void weighsUnmetWishesAndTheDeviationFromEachAgentsFairShareWithinItsContract() {
        var quality = ScheduleEvaluator.evaluate(week(new Weights(3, 2, 1, 0.5, 2, 1)), SHIFTS);

        // Wishes of A: starts 08:00 (met) and 14:00 (6 h from 08:00 > 60 min: missed); Sunday 11 January off: worked.
        // Asked 2 + 1, met 1 + 0: unmet 2, share 1/3.
        assertThat(quality.preferences()).isEqualTo(new PreferenceSatisfaction(1, 2, 0, 1));
        assertThat(quality.preferences().unmet()).isEqualTo(2);
        assertThat(quality.preferences().share().orElseThrow()).isCloseTo(1.0 / 3, within(1e-12));
        // Contract flex, available days A 7, B 7, C 3 (N = 17). Weekends worked A 1 (Sat and Sun of one weekend),
        // B 0, C 0: X = 1, shares 7/17, 7/17, 3/17: |1 − 7/17| + 7/17 + 3/17 = 20/17. Late shifts (start >= 12:00)
        // A 1, B 2, C 0: X = 3, shares 21/17, 21/17, 9/17: 4/17 + 13/17 + 9/17 = 26/17. Contract other: D alone
        // is its own share (1 weekend of 1): 0.
        assertThat(quality.fairness().weekendDeviation()).isCloseTo(20.0 / 17, within(1e-12));
        assertThat(quality.fairness().lateShiftDeviation()).isCloseTo(26.0 / 17, within(1e-12));
        assertThat(quality.fairness().minWeekendsWorked()).isZero();
        assertThat(quality.fairness().maxWeekendsWorked()).isEqualTo(1);
        assertThat(quality.fairness().maxLateShifts()).isEqualTo(2);
        // softPenalty = 0.5 × 2 + 2 × 20/17 + 1 × 26/17 = 1 + 66/17 = 83/17
        assertThat(quality.softPenalty()).isCloseTo(83.0 / 17, within(1e-12));
        // the objective is the contract's alone: paid 5 × 4 h = 20, over 20 h × 2 = 40 (no demand): 60
        assertThat(quality.objective()).isEqualTo(60.0);
    }

    @Test
    void softPenaltyIsZeroWithTheObjectiveWeightsAloneButTheFiguresAreStillReported() {
        var quality = ScheduleEvaluator.evaluate(week(new Weights(3, 2, 1)), SHIFTS);

        assertThat(quality.softPenalty()).isZero();
        assertThat(quality.preferences().unmet()).isEqualTo(2);
        assertThat(quality.fairness().weekendDeviation()).isCloseTo(20.0 / 17, within(1e-12));
    }

    @Test
    void defaultSoftWeightsAreSharesOfThePaidHour() {
        // 0.25, 0.5 and 0.25 × paidHour 2
        assertThat(Weights.withDefaultSoftGoals(4, 1, 2)).isEqualTo(new Weights(4, 1, 2, 0.5, 1, 0.5));
    }

    @Test
    void deviationIsTheSumOfAbsoluteDeviationsFromTheMeanWithEqualAvailability() {
        // mean of 0, 2, 4 is 2: 2 + 0 + 2 = 4
        assertThat(Fairness.deviation(new int[] {0, 2, 4}, new int[] {28, 28, 28})).isEqualTo(4.0);
        // shares pro rata to 20 and 10 days of 3 late shifts: 2 and 1, met exactly
        assertThat(Fairness.deviation(new int[] {2, 1}, new int[] {20, 10})).isEqualTo(0.0);
        // nobody available: no share to miss
        assertThat(Fairness.deviation(new int[] {1}, new int[] {0})).isEqualTo(0.0);
    }
}
