package org.switchboard.engine.scheduling.solver;

import com.google.ortools.Loader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.evaluation.ScheduleEvaluator;
import org.switchboard.engine.scheduling.internal.CoveringModel;
import org.switchboard.engine.scheduling.internal.Instance;
import org.switchboard.engine.scheduling.internal.LocalSearch;
import org.switchboard.engine.scheduling.internal.RosterBuilder;
import org.switchboard.engine.scheduling.internal.SkillPooling;

/**
 * Schedules named agents against a staffing requirement.
 *
 * <ol>
 *   <li>Covering: how many shifts of each kind (template, start, length) to run on each day and skill, with breaks
 *       modelled by explicit break variables and the contracts aggregated per group of interchangeable agents. The
 *       optimum of its linear relaxation (GLOP) is the proven lower bound: the model relaxes, never tightens, the real
 *       rules. Its shift counts, rounded, seed the next stage. With several skills the LP of the problem with the
 *       skills pooled into one ({@code SkillPooling}), a further relaxation three times smaller, is solved first so
 *       that a bound exists even when the full LP runs out of time.</li>
 *   <li>Assignment: named agents take the shifts week by week under every contract rule; an agent still below a
 *       weekly minimum gets the cheapest extra shift that keeps the minimum within reach (or a longer shift); breaks are
 *       placed by dynamic programming.</li>
 *   <li>Improvement: coordinate descent on the objective plus the weighted soft goals
 *       ({@link org.switchboard.engine.scheduling.Weights}) over single shifts (day in the week, start, length,
 *       skill, breaks), over exchanges of one day's shifts between two agents, and over each agent's patterns of
 *       days off for one, two or three consecutive weeks, under every hard rule, until nothing improves or the time
 *       is up.</li>
 * </ol>
 *
 * The result is evaluated by {@link ScheduleEvaluator}; its gap to the bound is (objective − bound) / objective.
 * Nothing is called optimal: the gap is the proof of how close the schedule is. Usage:
 * {@snippet :
 * var outcome = new ShiftScheduler().solve(problem, SolveOptions.of(Duration.ofSeconds(60)), ProgressListener.NONE,
 *         new StopHandle());
 * }
 */
public final class ShiftScheduler {

    /** Share of the time limit the pooled-skills LP may use (several skills only). */
    private static final double POOLED_SHARE = 0.25;

    /** Share of the time left the LP may use; the rest is for the assignment and the improvement. */
    private static final double LP_SHARE = 0.6;

    /** Share of the time limit the whole solve aims to use, leaving room for the final evaluation. */
    private static final double WORKING_SHARE = 0.95;

    /** Creates a scheduler; it holds no state between solves. */
    public ShiftScheduler() {}

    /**
     * Solves a problem.
     *
     * @param problem the problem
     * @param options time limit, threads and seed
     * @param listener receives progress after each phase, on this thread
     * @param stop stops the solve early; the best schedule so far is still returned
     * @return the schedule with its quality and bound, or the reasons no schedule can be made
     */
    public SchedulingOutcome solve(
            SchedulingProblem problem, SolveOptions options, ProgressListener listener, StopHandle stop) {
        var run = new Run(problem, options, listener, stop);
        return run.solve();
    }

    /** One solve's state. */
    private static final class Run {

        private final SchedulingProblem problem;
        private final SolveOptions options;
        private final ProgressListener listener;
        private final StopHandle stop;
        private final long started = System.nanoTime();
        private final long deadline;
        private Optional<LowerBound> bound = Optional.empty();

        Run(SchedulingProblem problem, SolveOptions options, ProgressListener listener, StopHandle stop) {
            this.problem = problem;
            this.options = options;
            this.listener = listener;
            this.stop = stop;
            this.deadline = started + (long) (options.timeLimit().toNanos() * WORKING_SHARE);
        }

        SchedulingOutcome solve() {
            var reasons = FeasibilityCheck.check(problem);
            if (!reasons.isEmpty()) {
                return new SchedulingOutcome.Infeasible(reasons);
            }
            Loader.loadNativeLibraries(); // idempotent and synchronized in OR-Tools
            var instance = new Instance(problem);
            if (problem.skills().size() > 1) {
                var pooled = CoveringModel.solve(
                        new Instance(SkillPooling.pool(problem)), secondsLeft() * POOLED_SHARE, stop::onStop);
                pooled.bound().ifPresent(value -> raise(value, LowerBound.Source.POOLED_SKILLS_LP));
            }
            var relaxation = CoveringModel.solve(instance, secondsLeft() * LP_SHARE, stop::onStop);
            relaxation.bound().ifPresent(value -> raise(value, LowerBound.Source.LP_RELAXATION));
            report(Phase.BOUND, OptionalDouble.empty(), Optional.empty());
            var counts = relaxation.bound().isPresent() ? relaxation.counts() : RosterBuilder.noShifts(instance);
            var first = RosterBuilder.build(instance, counts);
            if (first.plan().isEmpty()) {
                var shortfall = first.shortfall().orElseThrow();
                return new SchedulingOutcome.Infeasible(
                        List.of(FeasibilityCheck.shortfall(problem, shortfall.agent(), shortfall.week())));
            }
            var best = first.plan().get();
            var assigned = best.toSchedule();
            report(Phase.ASSIGNMENT, OptionalDouble.of(ScheduleEvaluator.evaluate(problem, assigned).objective()),
                    Optional.of(assigned));
            var plan = best;
            LocalSearch.improve(best, deadline, stop::isStopRequested, () -> {
                var better = plan.toSchedule();
                report(Phase.IMPROVEMENT, OptionalDouble.of(ScheduleEvaluator.evaluate(problem, better).objective()),
                        Optional.of(better));
            });
            var schedule = best.toSchedule();
            var quality = ScheduleEvaluator.evaluate(problem, schedule);
            var proven = bound.orElse(new LowerBound(0, LowerBound.Source.NONE));
            report(Phase.DONE, OptionalDouble.of(quality.objective()), Optional.of(schedule));
            boolean stopped = stop.isStopRequested() || System.nanoTime() >= deadline;
            return new SchedulingOutcome.Scheduled(
                    schedule, quality, proven, quality.gap(proven.value()), seconds(), stopped);
        }

        private void raise(double value, LowerBound.Source source) {
            if (bound.isEmpty() || value > bound.get().value()) {
                bound = Optional.of(new LowerBound(value, source));
            }
        }

        private void report(Phase phase, OptionalDouble objective, Optional<Schedule> schedule) {
            var value = bound.isPresent() ? OptionalDouble.of(bound.get().value()) : OptionalDouble.empty();
            listener.onProgress(new SolverProgress(phase, objective, value, seconds(), schedule));
        }

        private double secondsLeft() {
            return Math.max(0, (deadline - System.nanoTime()) / 1e9);
        }

        private double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }
    }
}
