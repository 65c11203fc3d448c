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
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Infeasibility.Kind;
import org.switchboard.engine.scheduling.RequirementTable;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;

class ShiftSchedulerTest {

    /** The LP's weekly-hours rows allow 1e-6 h of slack and GLOP works to about 1e-7: bounds agree to 1e-4. */
    static final double LP_TOLERANCE = 1e-4;

    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    static final Contract FIVE_DAYS = Contract.of("five-days", 40, 40, 2, true, 11, 6);
    /** 09:00 only, 9 h with a 60-minute unpaid lunch from 3 h after the start to 5 h before the end: 8 paid hours. */
    static final ShiftTemplate NINE_TO_SIX = ShiftTemplate.of(
            "office", LocalTime.of(9, 0), LocalTime.of(9, 0), 60, List.of(540), List.of(new BreakRule(60, false, 180, 300)));

    /** One agent needed 09–12 and 13–18 Monday to Friday, none at lunch 12–13 or on the weekend. */
    static SchedulingProblem officeWeek(List<Agent> agents) {
        var horizon = new Horizon(MONDAY, 7, 60);
        var required = new Double[horizon.intervals()];
        Arrays.fill(required, 0.0);
        for (int day = 0; day < 5; day++) {
            for (int hour = 9; hour < 18; hour++) {
                required[day * 24 + hour] = hour == 12 ? 0.0 : 1.0;
            }
        }
        return new SchedulingProblem(horizon, List.of(new SkillRequirement("voice", List.of(required))), List.of(),
                List.of(NINE_TO_SIX), agents, new Weights(10, 2, 1));
    }

    static SchedulingOutcome.Scheduled solve(SchedulingProblem problem) {
        var outcome = new ShiftScheduler().solve(problem, SolveOptions.of(Duration.ofSeconds(20)),
                ProgressListener.NONE, new StopHandle());
        assertThat(outcome).isInstanceOf(SchedulingOutcome.Scheduled.class);
        return (SchedulingOutcome.Scheduled) outcome;
    }

    @Test
    void oneTemplateCoversTheRequirementExactly() {
        // The agent works Mon–Fri 09–18 with lunch 12–13: coverage equals the requirement, under = over = 0,
        // paid = 5 × 8 h = 40 h, objective = 1 × 40 = 40. The contract's 40-hour minimum makes 40 also the LP bound.
        var done = solve(officeWeek(List.of(Agent.of("A", "Ann", Set.of("voice"), FIVE_DAYS, Set.of()))));
        var quality = done.quality();
        assertThat(quality.underStaffedHours()).isZero();
        assertThat(quality.overStaffedHours()).isZero();
        assertThat(quality.paidHours()).isEqualTo(40.0);
        assertThat(quality.objective()).isEqualTo(40.0);
        assertThat(done.lowerBound().value()).isCloseTo(40.0, within(LP_TOLERANCE));
        assertThat(done.lowerBound().source()).isEqualTo(LowerBound.Source.LP_RELAXATION);
        assertThat(done.gap()).isCloseTo(0.0, within(LP_TOLERANCE));
        assertThat(quality.violations()).isEmpty();
        assertThat(done.schedule().shifts())
                .allSatisfy(shift -> assertThat(shift.breaks().getFirst().start().toLocalTime())
                        .isEqualTo(LocalTime.of(12, 0)));
    }

    @Test
    void secondAgentOnlyAddsOverstaffingAndPay() {
        // Both agents must work 40 h (hard minimum): the second adds 5 × 8 h of over-staffing and 40 paid hours:
        // objective = 10·0 + 2·40 + 1·80 = 160; the LP cannot do better since every paid hour covers a fully staffed
        // interval, so the bound is 160 as well.
        var agents = List.of(
                Agent.of("A", "Ann", Set.of("voice"), FIVE_DAYS, Set.of()),
                Agent.of("B", "Bob", Set.of("voice"), FIVE_DAYS, Set.of()));
        var done = solve(officeWeek(agents));
        assertThat(done.quality().overStaffedHours()).isEqualTo(40.0);
        assertThat(done.quality().objective()).isEqualTo(160.0);
        assertThat(done.lowerBound().value()).isCloseTo(160.0, within(LP_TOLERANCE));
    }

    @Test
    void agentOnLeaveLeavesHisDaysUncovered() {
        // Leave on Tuesday and Wednesday: the minimum falls to 40 × (5 − 2)/5 = 24 h, three shifts; Tue and Wed
        // stay uncovered: under = 2 × 8 h = 16, objective = 10·16 + 1·24 = 184 (if he works 3 days) — the LP may
        // not do better because no other agent exists.
        var leave = Set.of(MONDAY.plusDays(1), MONDAY.plusDays(2));
        var done = solve(officeWeek(List.of(Agent.of("A", "Ann", Set.of("voice"), FIVE_DAYS, leave))));
        assertThat(done.quality().underStaffedHours()).isEqualTo(16.0);
        assertThat(done.quality().objective()).isEqualTo(184.0);
        assertThat(done.lowerBound().value()).isCloseTo(184.0, within(LP_TOLERANCE));
        assertThat(done.schedule().shifts()).noneMatch(shift -> leave.contains(shift.day()));
    }

    @Test
    void aContractAboveWhatTheTemplatesAllowIsExplained() {
        var greedy = Contract.of("forty-eight", 48, 48, 2, true, 11, 6);
        var outcome = new ShiftScheduler().solve(
                officeWeek(List.of(Agent.of("A", "Ann", Set.of("voice"), greedy, Set.of()))),
                SolveOptions.of(Duration.ofSeconds(5)), ProgressListener.NONE, new StopHandle());
        assertThat(outcome).isInstanceOfSatisfying(SchedulingOutcome.Infeasible.class, infeasible ->
                assertThat(infeasible.reasons()).singleElement().satisfies(reason -> {
                    assertThat(reason.kind()).isEqualTo(Kind.CONTRACT_CANNOT_BE_MET);
                    assertThat(reason.subject()).isEqualTo("forty-eight");
                    assertThat(reason.message()).contains("48.0 hours", "at most 5 shifts", "8.0 paid hours");
                }));
    }

    @Test
    void demandNoTemplateCoversAndAnAgentAwayAllPeriodAreExplained() {
        var base = officeWeek(List.of(Agent.of("A", "Ann", Set.of("voice"), FIVE_DAYS,
                Set.copyOf(MONDAY.datesUntil(MONDAY.plusDays(7)).toList()))));
        var required = new ArrayList<>(base.requirements().getFirst().agents());
        required.set(2 * 24 + 3, 1.0); // Wednesday 03:00, no shift starts before 09:00
        var problem = new SchedulingProblem(base.horizon(), List.of(new SkillRequirement("voice", required)),
                List.of(), base.templates(), base.agents(), base.weights());
        assertThat(FeasibilityCheck.check(problem))
                .extracting(reason -> reason.kind(), reason -> reason.interval().map(Object::toString).orElse(""))
                .containsExactlyInAnyOrder(
                        tuple(Kind.AGENT_UNAVAILABLE_ALL_PERIOD, ""),
                        tuple(Kind.DEMAND_NOT_COVERABLE, "2026-01-07T03:00"));
    }

    @Test
    void gapsInAnUploadedRequirementAreNamed() {
        var table = new RequirementTable(new Horizon(MONDAY, 1, 60));
        for (int hour = 0; hour < 24; hour++) {
            if (hour < 10 || hour > 12) {
                table.add(MONDAY.atTime(hour, 0), "voice", 1);
            }
        }
        assertThat(table.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.kind()).isEqualTo(Kind.REQUIREMENT_GAP);
            assertThat(gap.message()).contains("2026-01-05T10:00", "2026-01-05T13:00", "3 intervals");
        });
    }

    @Test
    void aStopBeforeTheStartStillReturnsALawfulSchedule() {
        var stop = new StopHandle();
        stop.stop();
        var phases = new ArrayList<Phase>();
        var outcome = new ShiftScheduler().solve(
                officeWeek(List.of(Agent.of("A", "Ann", Set.of("voice"), FIVE_DAYS, Set.of()))),
                SolveOptions.of(Duration.ofSeconds(5)), progress -> phases.add(progress.phase()), stop);
        assertThat(outcome).isInstanceOfSatisfying(SchedulingOutcome.Scheduled.class, done -> {
            assertThat(done.stopped()).isTrue();
            assertThat(done.quality().violations()).isEmpty();
            assertThat(done.lowerBound().value()).isLessThanOrEqualTo(done.quality().objective());
        });
        assertThat(phases).startsWith(Phase.BOUND).endsWith(Phase.DONE);
    }
}
