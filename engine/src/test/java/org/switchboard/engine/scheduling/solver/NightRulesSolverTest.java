package org.switchboard.engine.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.AssignedShift;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;

/** The solver keeps the night rules on an instance whose demand pulls every agent towards nights in a row. */
class NightRulesSolverTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @Test
    void neverRunsMoreNightsInARowOrRestsLessAfterANightThanTheContractAllows() {
        // Two weeks, one agent needed 14:00–06:00 every day (16 of 24 hours: 8 h of it at night); shifts of 8 h
        // starting 14:00, 18:00 or 22:00; 3 agents of at most 5 shifts a week, at most 2 nights in a row and 24 h
        // of rest after a night (11 h otherwise). Under-staffing weighs 4 per hour: the demand pulls towards nights
        // every day.
        var horizon = new Horizon(MONDAY, 14, 60);
        var required = new ArrayList<Double>();
        for (int i = 0; i < horizon.intervals(); i++) {
            int hour = i % 24;
            required.add(hour >= 14 || hour < 6 ? 1.0 : 0.0);
        }
        var contract = Contract.of("nights", 0, 40, 2, false, 11, 6).withNightRules(2, 24);
        var template = ShiftTemplate.of("late", LocalTime.of(14, 0), LocalTime.of(22, 0), 240, List.of(480), List.of());
        var agents = List.of(
                Agent.of("A", "Ann", Set.of("voice"), contract, Set.of()),
                Agent.of("B", "Bob", Set.of("voice"), contract, Set.of()),
                Agent.of("C", "Cat", Set.of("voice"), contract, Set.of()));
        var problem = new SchedulingProblem(horizon, List.of(new SkillRequirement("voice", required)), List.of(),
                List.of(template), agents, new Weights(4, 1, 1));

        var outcome = new ShiftScheduler().solve(
                problem, SolveOptions.of(Duration.ofSeconds(10)), ProgressListener.NONE, new StopHandle());

        assertThat(outcome).isInstanceOf(SchedulingOutcome.Scheduled.class);
        var done = (SchedulingOutcome.Scheduled) outcome;
        assertThat(done.quality().violations()).isEmpty();
        // checked again here, without the evaluator: per agent, in start order
        int nightShifts = 0;
        for (var agent : agents) {
            var shifts = done.schedule().shiftsOf(agent.id());
            int run = 0;
            for (int s = 0; s < shifts.size(); s++) {
                var shift = shifts.get(s);
                boolean night = isNight(shift);
                nightShifts += night ? 1 : 0;
                boolean follows = s > 0 && isNight(shifts.get(s - 1))
                        && shifts.get(s - 1).day().plusDays(1).equals(shift.day());
                run = night ? (follows ? run + 1 : 1) : 0;
                assertThat(run).as("nights in a row of %s on %s", agent.id(), shift.day()).isLessThanOrEqualTo(2);
                if (s > 0 && isNight(shifts.get(s - 1))) {
                    long rest = Duration.between(shifts.get(s - 1).end(), shift.start()).toHours();
                    assertThat(rest).as("rest after the night of %s", agent.id()).isGreaterThanOrEqualTo(24);
                }
            }
        }
        // the demand is at night every day: the rules bind (nights are worked, just never against them)
        assertThat(nightShifts).isGreaterThanOrEqualTo(7);
    }

    /** A shift starting at 18:00 or 22:00 works past midnight; 14:00–22:00 does not. */
    private static boolean isNight(AssignedShift shift) {
        return shift.start().getHour() >= 18;
    }
}
