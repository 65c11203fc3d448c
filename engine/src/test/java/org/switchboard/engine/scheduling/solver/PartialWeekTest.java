package org.switchboard.engine.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Infeasibility.Kind;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;

/**
 * Plans shorter than a week or ending mid-week, with the rules the server seeds (migration V014): contract
 * {@code Full time} of 24–40 paid hours, 0–5 shifts, 2 days off not necessarily consecutive, 11 h rest, at most 6 days in
 * a row, no night shifts; template {@code Day 8.5 h} (starts 07:00–12:00 every 30 minutes, 510 minutes with a paid
 * 15-minute break, an unpaid 30-minute lunch and a paid 15-minute break: 8 paid hours); weights 10 / 1 / 0.5. Next to
 * it a template of 4 hours starting only at 09:00, without breaks. Demand: 2 agents of skill {@code service} from
 * 09:00 to 13:00 each day, 15-minute intervals.
 */
class PartialWeekTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Contract FULL_TIME = new Contract("Full time", 24, 40, 0, 5, 2, false, 11, 6, 0);
    private static final ShiftTemplate FOUR_HOURS = ShiftTemplate.of(
            "Four hours", LocalTime.of(9, 0), LocalTime.of(9, 0), 15, List.of(240), List.of());
    private static final ShiftTemplate DAY = new ShiftTemplate("Day 8.5 h", LocalTime.of(7, 0), LocalTime.of(12, 0),
            30, List.of(510), List.of(new BreakRule(15, true, 60, 360), new BreakRule(30, false, 180, 210),
                    new BreakRule(15, true, 330, 60)), 60);

    private static SchedulingProblem morningsOf(int days, int agentCount, List<ShiftTemplate> templates) {
        var horizon = new Horizon(MONDAY, days, 15);
        var required = new Double[horizon.intervals()];
        Arrays.fill(required, 0.0);
        for (int day = 0; day < days; day++) {
            Arrays.fill(required, day * 96 + 36, day * 96 + 52, 2.0); // 09:00 to 13:00
        }
        var agents = new ArrayList<Agent>();
        for (int a = 1; a <= agentCount; a++) {
            agents.add(Agent.of("A%03d".formatted(a), "Agent " + a, Set.of("service"), FULL_TIME, Set.of()));
        }
        return new SchedulingProblem(horizon, List.of(new SkillRequirement("service", List.of(required))), List.of(),
                templates, agents, new Weights(10, 1, 0.5));
    }

    private static SchedulingOutcome solve(SchedulingProblem problem) {
        return new ShiftScheduler().solve(problem, SolveOptions.of(Duration.ofSeconds(10)), ProgressListener.NONE,
                new StopHandle());
    }

    private static SchedulingOutcome.Scheduled scheduled(SchedulingProblem problem) {
        var outcome = solve(problem);
        assertThat(outcome).isInstanceOf(SchedulingOutcome.Scheduled.class);
        var done = (SchedulingOutcome.Scheduled) outcome;
        assertThat(done.quality().violations()).isEmpty();
        return done;
    }

    @Test
    void aOneDayPlanWorksOnlyTheShiftsItsDemandNeeds() {
        // The reported run: 1 day, 20 agents. The day is a partial week, so no agent has a minimum: two 4-hour shifts
        // 09:00–13:00 cover the demand exactly. Under = over = 0, paid = 2 × 4 = 8 h, objective = 0.5 × 8 = 4; the LP
        // cannot do better (8 agent-hours of demand, each covered hour costs at least 0.5), so the bound is 4.
        var done = scheduled(morningsOf(1, 20, List.of(FOUR_HOURS, DAY)));
        assertThat(done.schedule().shifts())
                .extracting(AssignedShift::template, shift -> shift.start().toLocalTime(), AssignedShift::lengthMinutes)
                .containsExactly(
                        tuple("Four hours", LocalTime.of(9, 0), 240),
                        tuple("Four hours", LocalTime.of(9, 0), 240));
        var quality = done.quality();
        assertThat(quality.underStaffedHours()).isZero();
        assertThat(quality.overStaffedHours()).isZero();
        assertThat(quality.paidHours()).isEqualTo(8.0);
        assertThat(quality.objective()).isEqualTo(4.0);
        assertThat(done.lowerBound().value()).isCloseTo(4.0, within(ShiftSchedulerTest.LP_TOLERANCE));
    }

    @Test
    void aPlanEndingMidWeekHoldsTheMinimumOnlyInItsWholeWeek() {
        // 10 days, 6 agents: days 1–7 are a whole week (each agent at least 24 paid hours), days 8–10 a partial week
        // without minimum, where only the demand's 2 four-hour shifts a day are worked (3 × 2 × 4 = 24 paid hours).
        var done = scheduled(morningsOf(10, 6, List.of(FOUR_HOURS, DAY)));
        var secondWeek = MONDAY.plusDays(7);
        var inWholeWeek = done.schedule().shifts().stream().filter(shift -> shift.day().isBefore(secondWeek)).toList();
        var inPartialWeek = done.schedule().shifts().stream().filter(shift -> !shift.day().isBefore(secondWeek)).toList();
        for (int a = 1; a <= 6; a++) {
            var id = "A%03d".formatted(a);
            assertThat(inWholeWeek.stream().filter(shift -> shift.agentId().equals(id))
                            .mapToInt(AssignedShift::paidMinutes).sum())
                    .as("paid minutes of %s in the whole week", id)
                    .isGreaterThanOrEqualTo(24 * 60);
        }
        assertThat(inPartialWeek).hasSize(6).allSatisfy(shift -> {
            assertThat(shift.template()).isEqualTo("Four hours");
            assertThat(shift.start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        });
    }

    @Test
    void aContractNoShiftCanMeetIsExplainedOnceTheHorizonHoldsAWholeWeek() {
        // With the 4-hour template alone, Full time cannot reach 24 hours: at most 5 shifts × 4 h = 20 h a week. A plan
        // of 6 days has no whole week and so no minimum; a plan of 7 days has one.
        var templates = List.of(FOUR_HOURS);
        assertThat(FeasibilityCheck.check(morningsOf(6, 4, templates))).isEmpty();
        assertThat(solve(morningsOf(1, 4, templates))).isInstanceOf(SchedulingOutcome.Scheduled.class);
        assertThat(FeasibilityCheck.check(morningsOf(7, 4, templates))).singleElement().satisfies(reason -> {
            assertThat(reason.kind()).isEqualTo(Kind.CONTRACT_CANNOT_BE_MET);
            assertThat(reason.subject()).isEqualTo("Full time");
            assertThat(reason.message()).isEqualTo("contract Full time needs 24.0 hours and 0 shifts in every whole week"
                    + " of the plan, but at most 5 shifts of at most 4.0 paid hours fit in a week (days off 2, at most"
                    + " 6 consecutive days)");
        });
    }

    @Test
    void anAgentTheRestRuleKeepsBelowTheMinimumIsNamedWithTheWeekAndItsMinimum() {
        // One agent, shifts of 16 paid hours 08:00–24:00, 11 h rest: two shifts on consecutive days leave 8 h of rest,
        // so at most every other day is worked. Contract: 5 shifts (0–80 h), 2 days off; leave on Wednesday lowers the
        // minimum to ⌊5 × (5 − 1)/5⌋ = 4 shifts on Mon, Tue, Thu–Sun, where no 4 days are pairwise apart (Mon or Tue,
        // then two of Thu–Sun): genuinely infeasible, and the check before solving cannot see it.
        var contract = new Contract("Five long days", 0, 80, 5, 5, 2, false, 11, 6, 7);
        var long16 = ShiftTemplate.of("Long", LocalTime.of(8, 0), LocalTime.of(8, 0), 60, List.of(960), List.of());
        var horizon = new Horizon(MONDAY, 7, 60);
        var required = new Double[horizon.intervals()];
        Arrays.fill(required, 0.0);
        for (int day = 0; day < 7; day++) {
            Arrays.fill(required, day * 24 + 8, day * 24 + 24, 1.0);
        }
        var agent = Agent.of("A007", "Ann", Set.of("service"), contract, Set.of(MONDAY.plusDays(2)));
        var problem = new SchedulingProblem(horizon, List.of(new SkillRequirement("service", List.of(required))),
                List.of(), List.of(long16), List.of(agent), new Weights(10, 1, 0.5));
        assertThat(FeasibilityCheck.check(problem)).isEmpty();
        assertThat(solve(problem)).isInstanceOfSatisfying(SchedulingOutcome.Infeasible.class, infeasible ->
                assertThat(infeasible.reasons()).singleElement().satisfies(reason -> {
                    assertThat(reason.kind()).isEqualTo(Kind.CONTRACT_CANNOT_BE_MET);
                    assertThat(reason.subject()).isEqualTo("Five long days");
                    assertThat(reason.message()).isEqualTo("agent A007 could not be given the minimum of contract"
                            + " Five long days in the week from 2026-01-05 to 2026-01-11 (0.0 paid hours and 4 shifts,"
                            + " the contract's 0.0 hours and 5 shifts lowered pro rata for 1 day of leave): no choice of"
                            + " shifts was found that keeps the templates' start times and lengths, the rest between"
                            + " shifts, the days off, the consecutive-day limit and the night rules");
                }));
    }
}
