package org.switchboard.engine.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.engine.scheduling.evaluation.ScheduleEvaluator;

/**
 * The assignment's top-up of an agent below the weekly minimum, when the cheapest shift is too short: one agent, one
 * week from Monday, one agent needed 09:00–13:00 every day, shifts of 4 paid hours (09:00–13:00) or 8 (09:00–17:00),
 * contract 24–40 h, at most 5 shifts, 2 days off; weights 10 under, 1 over, 0.5 paid.
 */
class TopUpTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Contract FULL_TIME = new Contract("Full time", 24, 40, 0, 5, 2, false, 11, 6, 0);
    private static final ShiftTemplate FOUR = ShiftTemplate.of(
            "four", LocalTime.of(9, 0), LocalTime.of(9, 0), 60, List.of(240), List.of());
    private static final ShiftTemplate EIGHT = ShiftTemplate.of(
            "eight", LocalTime.of(9, 0), LocalTime.of(9, 0), 60, List.of(480), List.of());

    private static Instance oneAgentWeek() {
        var horizon = new Horizon(MONDAY, 7, 60);
        var required = new Double[horizon.intervals()];
        Arrays.fill(required, 0.0);
        for (int day = 0; day < 7; day++) {
            Arrays.fill(required, day * 24 + 9, day * 24 + 13, 1.0);
        }
        return new Instance(new SchedulingProblem(horizon, List.of(new SkillRequirement("voice", List.of(required))),
                List.of(), List.of(FOUR, EIGHT), List.of(Agent.of("A", "Ann", Set.of("voice"), FULL_TIME, Set.of())),
                new Weights(10, 1, 0.5)));
    }

    /** {@return each shift as its day of the week and paid hours, e.g. "MONDAY 8 h", once no rule is broken} */
    private static List<String> shiftsOf(RosterBuilder.Built built, Instance instance) {
        assertThat(built.shortfall()).isEmpty();
        var schedule = built.plan().orElseThrow().toSchedule();
        assertThat(ScheduleEvaluator.evaluate(instance.problem, schedule).violations()).isEmpty();
        return schedule.shifts().stream()
                .map(shift -> shift.day().getDayOfWeek() + " " + shift.paidMinutes() / 60 + " h")
                .toList();
    }

    @Test
    void theCheapShortShiftIsTakenOnlyWhileTheMinimumStaysWithinReach() {
        // No covering counts: the top-up alone. With Monday and Tuesday the pattern's days off, a 4-hour shift costs
        // 10 × (−4 h under) + 0.5 × 4 = −38 and an 8-hour one −40 + 1 × 4 h over + 0.5 × 8 = −32, so Wed–Sat get
        // 4 hours (after each, 4 h more and 4, 3, 2, 1 further shifts of 8 h still reach 24). On Sunday a fifth 4-hour
        // shift would leave 20 h and no shift left (5 at most): the 8-hour one makes 4 × 4 + 8 = 24 h.
        var instance = oneAgentWeek();
        assertThat(shiftsOf(RosterBuilder.build(instance, RosterBuilder.noShifts(instance)), instance))
                .containsExactly("WEDNESDAY 4 h", "THURSDAY 4 h", "FRIDAY 4 h", "SATURDAY 4 h", "SUNDAY 8 h");
    }

    @Test
    void aShortShiftIsLengthenedWhenNoFurtherShiftFits() {
        // Covering counts of one 4-hour shift Mon–Fri: the agent works them (20 h, the 5 shifts its contract allows,
        // Sat and Sun off). No shift can be added, so one is lengthened: each 8-hour shift instead of a 4-hour one costs
        // the same (+4 h over × 1 + 4 paid h × 0.5 = 6), and the first, Monday, is taken: 8 + 4 × 4 = 24 h.
        var instance = oneAgentWeek();
        var counts = RosterBuilder.noShifts(instance);
        for (int day = 0; day < 5; day++) {
            counts[0][day][0] = 1; // kind 0 is the 09:00 shift of template "four", the only skill
        }
        assertThat(shiftsOf(RosterBuilder.build(instance, counts), instance))
                .containsExactly("MONDAY 8 h", "TUESDAY 4 h", "WEDNESDAY 4 h", "THURSDAY 4 h", "FRIDAY 4 h");
    }
}
