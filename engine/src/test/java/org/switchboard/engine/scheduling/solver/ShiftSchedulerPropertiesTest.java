package org.switchboard.engine.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.SkillRequirement;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.engine.scheduling.evaluation.ScheduleEvaluator;

/** Laws every solve keeps, on random small problems: no hard rule broken, the bound never above the objective. */
class ShiftSchedulerPropertiesTest {

    @Property(tries = 12)
    void everyScheduleKeepsTheHardRulesAndTheBoundHolds(@ForAll long seed) {
        var problem = randomProblem(new Random(seed));
        var outcome = new ShiftScheduler().solve(
                problem, SolveOptions.of(Duration.ofSeconds(5)), ProgressListener.NONE, new StopHandle());
        switch (outcome) {
            case SchedulingOutcome.Scheduled done -> {
                assertThat(done.quality().violations()).isEmpty();
                assertThat(done.lowerBound().value()).isLessThanOrEqualTo(done.quality().objective() + 1e-6);
                // the reported quality is the pure evaluation of the returned schedule
                assertThat(ScheduleEvaluator.evaluate(problem, done.schedule()).objective())
                        .isEqualTo(done.quality().objective());
            }
            case SchedulingOutcome.Infeasible infeasible -> assertThat(infeasible.reasons()).isNotEmpty();
        }
    }

    @Property(tries = 8)
    void softWeightsOfZeroLeaveTheObjectiveAloneToTheSearch(@ForAll long seed) {
        var random = new Random(seed);
        var problem = withWishes(randomProblem(random), random);
        var weights = problem.weights();
        var zero = new Weights(weights.understaffedHour(), weights.overstaffedHour(), weights.paidHour(), 0, 0, 0);
        var contractOnly = solve(problem.withWeights(
                new Weights(weights.understaffedHour(), weights.overstaffedHour(), weights.paidHour())));
        var zeroSoft = solve(problem.withWeights(zero));
        if (zeroSoft instanceof SchedulingOutcome.Scheduled done
                && contractOnly instanceof SchedulingOutcome.Scheduled reference) {
            // the soft goals are reported but weigh nothing: the search is the objective's alone
            assertThat(done.quality().softPenalty()).isZero();
            assertThat(done.schedule()).isEqualTo(reference.schedule());
            assertThat(done.quality().objective()).isEqualTo(reference.quality().objective());
        } else {
            assertThat(zeroSoft).isInstanceOf(SchedulingOutcome.Infeasible.class);
            assertThat(contractOnly).isInstanceOf(SchedulingOutcome.Infeasible.class);
        }
    }

    @Property(tries = 8)
    void weightedSoftGoalsKeepTheHardRulesAndAreReportedAsTheEvaluatorCountsThem(@ForAll long seed) {
        var random = new Random(seed);
        var problem = withWishes(randomProblem(random), random);
        var weights = problem.weights();
        var soft = problem.withWeights(new Weights(weights.understaffedHour(), weights.overstaffedHour(),
                weights.paidHour(), 1 + random.nextInt(3), random.nextInt(3), random.nextInt(3)));
        if (solve(soft) instanceof SchedulingOutcome.Scheduled done) {
            assertThat(done.quality().violations()).isEmpty();
            assertThat(done.lowerBound().value()).isLessThanOrEqualTo(done.quality().objective() + 1e-6);
            var again = ScheduleEvaluator.evaluate(soft, done.schedule());
            assertThat(again.softPenalty()).isEqualTo(done.quality().softPenalty()).isGreaterThanOrEqualTo(0);
        }
    }

    private static SchedulingOutcome solve(SchedulingProblem problem) {
        return new ShiftScheduler().solve(
                problem, SolveOptions.of(Duration.ofSeconds(5)), ProgressListener.NONE, new StopHandle());
    }

    /** The problem with a random start wish (07:00–14:00) and a random day off wished by every other agent. */
    private static SchedulingProblem withWishes(SchedulingProblem problem, Random random) {
        var agents = new ArrayList<Agent>();
        for (var agent : problem.agents()) {
            var start = random.nextBoolean()
                    ? Optional.of(LocalTime.of(7 + random.nextInt(8), 0))
                    : Optional.<LocalTime>empty();
            var days = random.nextBoolean() ? Set.of(DayOfWeek.of(1 + random.nextInt(7))) : Set.<DayOfWeek>of();
            agents.add(new Agent(agent.id(), agent.name(), agent.skills(), agent.team(), agent.contract(),
                    agent.unavailable(), new Preferences(start, days), agent.seniority()));
        }
        return new SchedulingProblem(problem.horizon(), problem.requirements(), problem.forecasts(),
                problem.templates(), agents, problem.weights());
    }

    /** 7–14 days of 30-minute intervals, 2–6 agents on two skills, two templates with breaks, random contracts. */
    static SchedulingProblem randomProblem(Random random) {
        int days = 7 + random.nextInt(8);
        var horizon = new Horizon(LocalDate.of(2026, 3, 2), days, 30);
        var skills = List.of("voice", "chat");
        var requirements = new ArrayList<SkillRequirement>();
        for (var skill : skills) {
            var values = new ArrayList<Double>();
            for (int i = 0; i < horizon.intervals(); i++) {
                int halfHour = i % horizon.intervalsPerDay();
                boolean open = halfHour >= 16 && halfHour < 40;
                values.add(open ? Math.round(random.nextDouble() * 25) / 10.0 : 0.0);
            }
            requirements.add(new SkillRequirement(skill, values));
        }
        var templates = List.of(
                new ShiftTemplate("early", LocalTime.of(7, 0), LocalTime.of(10, 0), 30, List.of(480, 510),
                        List.of(new BreakRule(15 * 2, true, 60, 240), new BreakRule(30, false, 180, 90)), 30),
                ShiftTemplate.of("late", LocalTime.of(11, 0), LocalTime.of(14, 0), 60, List.of(360),
                        List.of(new BreakRule(30, true, 120, 60))));
        var contracts = List.of(
                Contract.of("full", 32 + random.nextInt(9), 40, 2, random.nextBoolean(), 11, 5 + random.nextInt(2)),
                Contract.of("part", random.nextInt(17), 24, 3, false, 12, 4));
        int count = 2 + random.nextInt(5);
        var agents = new ArrayList<Agent>();
        for (int a = 0; a < count; a++) {
            Set<String> own = new HashSet<>();
            own.add(skills.get(random.nextInt(2)));
            if (random.nextInt(3) == 0) {
                own.addAll(skills);
            }
            Set<LocalDate> leave = new HashSet<>();
            if (random.nextInt(4) == 0) {
                leave.add(horizon.firstDay().plusDays(random.nextInt(days)));
            }
            agents.add(Agent.of("A" + a, "Agent " + a, own, contracts.get(random.nextInt(2)), leave));
        }
        return new SchedulingProblem(horizon, requirements, List.of(), templates, agents,
                new Weights(1 + random.nextInt(5), random.nextInt(3), random.nextDouble()));
    }
}
