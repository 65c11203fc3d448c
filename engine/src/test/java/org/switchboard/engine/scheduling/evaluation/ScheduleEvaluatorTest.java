package org.switchboard.engine.scheduling.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.PlacedBreak;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ServiceForecast;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.engine.staffing.ErlangC;

class ScheduleEvaluatorTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Contract FLEXIBLE = Contract.of("flex", 0, 40, 0, false, 11, 7);
    private static final ShiftTemplate FOUR_HOURS = ShiftTemplate.of(
            "four", LocalTime.of(6, 0), LocalTime.of(18, 0), 60, List.of(240), List.of(new BreakRule(60, false, 60, 60)));

    /** Required agents per hour of Monday: 2 at 08, 2 at 09, 1 at 10, 1 at 11, else 0. */
    private static SchedulingProblem problem(int days, List<ServiceForecast> forecasts) {
        var horizon = new Horizon(MONDAY, days, 60);
        var required = new Double[horizon.intervals()];
        Arrays.fill(required, 0.0);
        required[8] = 2.0;
        required[9] = 2.0;
        required[10] = 1.0;
        required[11] = 1.0;
        var agents = List.of(
                Agent.of("A", "Ann", Set.of("voice"), FLEXIBLE, Set.of()),
                Agent.of("B", "Bob", Set.of("voice"), FLEXIBLE, Set.of()));
        return new SchedulingProblem(
                horizon,
                List.of(new SkillRequirement("voice", List.of(required))),
                forecasts,
                List.of(FOUR_HOURS),
                agents,
                new Weights(3, 2, 1));
    }

    private static AssignedShift shift(String agent, LocalDateTime start, int breakAfterHours) {
        return new AssignedShift(
                agent, "voice", "four", start, 240, List.of(new PlacedBreak(start.plusHours(breakAfterHours), 60, false)));
    }

    private static final Schedule TWO_SHIFTS = new Schedule(List.of(
            shift("A", MONDAY.atTime(8, 0), 2), shift("B", MONDAY.atTime(8, 0), 1)));

    @Test
    void figuresMatchTheHandComputation() {
        // coverage 08:2, 09:1 (B on break), 10:1 (A on break), 11:2 against 2, 2, 1, 1:
        // under = 1 h at 09, over = 1 h at 11, paid = 2 × (4 h − 1 h unpaid) = 6 h; objective = 3·1 + 2·1 + 1·6 = 11
        var quality = ScheduleEvaluator.evaluate(problem(1, List.of()), TWO_SHIFTS);
        var voice = quality.coverage().getFirst();
        assertThat(voice.intervals().subList(8, 12))
                .extracting(IntervalCoverage::scheduled)
                .containsExactly(2.0, 1.0, 1.0, 2.0);
        assertThat(quality.underStaffedHours()).isEqualTo(1.0);
        assertThat(quality.overStaffedHours()).isEqualTo(1.0);
        assertThat(quality.paidHours()).isEqualTo(6.0);
        assertThat(quality.objective()).isEqualTo(11.0);
        assertThat(quality.violations()).isEmpty();
        assertThat(voice.serviceLevelOmitted()).contains("no forecast of volume and AHT for skill voice");
        assertThat(quality.gap(8.8)).isCloseTo(0.2, within(1e-12)); // (11 − 8.8) / 11
    }

    @Test
    void serviceLevelIsProjectedThroughErlangC() {
        // 20 contacts in the hour × 180 s AHT = 1 Erlang. N = 2: B = 0.5/2.5 = 0.2, C = 2·0.2/(2 − 1·0.8) = 1/3,
        // SL(20 s) = 1 − (1/3)·e^(−(2 − 1)·20/180) = 0.7017203 (wfm.md "Staffing requirements").
        // N = 1 = A at 09:00: unstable, service level 0.
        int intervals = 24;
        var contacts = new Double[intervals];
        var aht = new Double[intervals];
        Arrays.fill(contacts, 0.0);
        Arrays.fill(aht, 180.0);
        contacts[8] = 20.0;
        contacts[9] = 20.0;
        var forecast = new ServiceForecast(
                "voice", List.of(contacts), List.of(aht), Duration.ofSeconds(20), new ErlangC());
        var voice = ScheduleEvaluator.evaluate(problem(1, List.of(forecast)), TWO_SHIFTS).coverage().getFirst();
        assertThat(voice.intervals().get(8).serviceLevel().getAsDouble()).isCloseTo(0.7017203, within(5e-7));
        assertThat(voice.intervals().get(9).serviceLevel().getAsDouble()).isEqualTo(0.0);
        assertThat(voice.intervals().get(10).serviceLevel()).isEmpty();
        assertThat(voice.serviceLevelOmitted()).isEmpty();
    }

    @Test
    void flagsShortRestAndTwoShiftsOnADay() {
        var late = shift("A", MONDAY.atTime(14, 0), 1); // ends 18:00
        var early = shift("A", MONDAY.plusDays(1).atTime(6, 0), 1); // 12 h later: meets 11 h
        var tooEarly = new AssignedShift("B", "voice", "four", MONDAY.plusDays(1).atTime(6, 0), 240,
                List.of(new PlacedBreak(MONDAY.plusDays(1).atTime(7, 0), 60, false)));
        var lateB = shift("B", MONDAY.atTime(18, 0), 1); // ends 22:00, 8 h before 06:00
        var again = shift("A", MONDAY.atTime(6, 0), 1);
        var schedule = new Schedule(List.of(late, early, tooEarly, lateB, again));
        var violations = ScheduleEvaluator.evaluate(problem(2, List.of()), schedule).violations();
        assertThat(violations)
                .extracting(RuleViolation::rule, RuleViolation::agentId)
                .containsExactlyInAnyOrder(
                        tuple(Rule.ONE_SHIFT_PER_DAY, "A"),
                        tuple(Rule.SHIFTS_PER_WEEK, "A"), // 3 shifts in a 2-day week
                        tuple(Rule.REST, "B"));
    }

    @Test
    void flagsBreakOutsideItsWindowAndUnknownTemplate() {
        var start = MONDAY.atTime(8, 0);
        var lateBreak = new AssignedShift("A", "voice", "four", start, 240,
                List.of(new PlacedBreak(start.plusHours(3), 60, false))); // must end 60 min before the end
        var unknown = new AssignedShift("B", "voice", "night", start, 240, List.of());
        var violations = ScheduleEvaluator.evaluate(problem(1, List.of()), new Schedule(List.of(lateBreak, unknown)))
                .violations();
        assertThat(violations).extracting(RuleViolation::rule).containsExactlyInAnyOrder(Rule.BREAKS, Rule.TEMPLATE);
    }

    @Test
    void flagsDaysOffThatAreNotConsecutive() {
        var fiveDays = Contract.of("five", 0, 40, 2, true, 0, 7);
        var horizon = new Horizon(MONDAY, 7, 60);
        var zeros = Collections.nCopies(horizon.intervals(), 0.0);
        var problem = new SchedulingProblem(horizon, List.of(new SkillRequirement("voice", zeros)), List.of(),
                List.of(FOUR_HOURS), List.of(Agent.of("A", "Ann", Set.of("voice"), fiveDays, Set.of())),
                new Weights(1, 1, 1));
        // works Mon, Wed, Thu, Fri, Sun: off Tue and Sat, never two consecutive days
        var shifts = List.of(0, 2, 3, 4, 6).stream()
                .map(d -> shift("A", MONDAY.plusDays(d).atTime(8, 0), 1))
                .toList();
        assertThat(ScheduleEvaluator.evaluate(problem, new Schedule(shifts)).violations())
                .extracting(RuleViolation::rule)
                .containsExactly(Rule.DAYS_OFF);
    }

    @Test
    void reportsNoPreferenceWhenNoneIsAsked() {
        var quality = ScheduleEvaluator.evaluate(problem(1, List.of()), TWO_SHIFTS);
        assertThat(quality.preferences().share()).isEmpty();
        assertThat(quality.fairness()).isEqualTo(new Fairness(0, 0, 0, 0, 0, 0));
        assertThat(Optional.of(quality.preferences().startTimeAsked())).contains(0);
    }
}
