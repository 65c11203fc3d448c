package org.switchboard.engine.scheduling.solver;

import com.google.ortools.Loader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.switchboard.engine.scheduling.Infeasibility;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.evaluation.ScheduleEvaluator;
import org.switchboard.engine.scheduling.internal.CoveringModel;
import org.switchboard.engine.scheduling.internal.CoveringSolution;
import org.switchboard.engine.scheduling.internal.Instance;
import org.switchboard.engine.scheduling.internal.RosterBuilder;

/**
 * Schedules named agents against a staffing requirement, in two stages.
 *
 * <ol>
 *   <li>Covering: how many shifts of each kind (template, start, length) to run on each day and skill, with breaks
 *       modelled by explicit break variables and the contracts aggregated per group of interchangeable agents. Its
 *       linear relaxation (GLOP) gives a first proven lower bound; the integer model (SCIP, else CBC) gives the shift
 *       counts and a tighter bound (its dual bound). Both relax, never tighten, the real rules, so both bounds hold for
 *       the real problem.</li>
 *   <li>Assignment: named agents take the shifts week by week under every contract rule, an agent still below a
 *       weekly minimum gets the cheapest extra shift, and breaks are placed by dynamic programming where they hurt
 *       coverage least.</li>
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

    /** Share of the time limit kept for the assignment and the breaks after the covering stage. */
    private static final double ASSIGNMENT_RESERVE = 0.15;

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
        long started = System.nanoTime();
        var reasons = FeasibilityCheck.check(problem);
        if (!reasons.isEmpty()) {
            return new SchedulingOutcome.Infeasible(reasons);
        }
        Loader.loadNativeLibraries(); // idempotent and synchronized in OR-Tools
        var instance = new Instance(problem);
        double limit = options.timeLimit().toMillis() / 1000.0;
        var relaxation = CoveringModel.solve(instance, "GLOP", limit, options.threads(), stop::onStop);
        var bound = relaxation.bound().isPresent()
                ? Optional.of(new LowerBound(relaxation.bound().getAsDouble(), LowerBound.Source.LP_RELAXATION))
                : Optional.<LowerBound>empty();
        report(listener, Phase.BOUND, OptionalDouble.empty(), bound, started, Optional.empty());
        var counts = relaxation.objective().isPresent() ? relaxation.counts() : RosterBuilder.noShifts(instance);
        double remaining = limit * (1 - ASSIGNMENT_RESERVE) - seconds(started);
        OptionalDouble coveringObjective = OptionalDouble.empty();
        if (!stop.isStopRequested() && remaining > 0.5) {
            var integer = integerCovering(instance, remaining, options.threads(), stop);
            if (integer.objective().isPresent()) {
                counts = integer.counts();
                coveringObjective = integer.objective();
            }
            if (integer.bound().isPresent()
                    && (bound.isEmpty() || integer.bound().getAsDouble() > bound.get().value())) {
                bound = Optional.of(new LowerBound(integer.bound().getAsDouble(), LowerBound.Source.MIP_BOUND));
            }
        }
        report(listener, Phase.COVERING, coveringObjective, bound, started, Optional.empty());
        var built = RosterBuilder.build(instance, counts);
        if (built.schedule().isEmpty()) {
            var agent = problem.agents().get(built.agentShort().orElseThrow());
            return new SchedulingOutcome.Infeasible(List.of(new Infeasibility(
                    Infeasibility.Kind.CONTRACT_CANNOT_BE_MET,
                    agent.id(),
                    Optional.empty(),
                    "agent %s cannot reach the weekly minimum of contract %s (%.1f hours, %d shifts) with the templates,"
                            .formatted(agent.id(), agent.contract().name(), agent.contract().minHoursPerWeek(),
                                    agent.contract().minShiftsPerWeek())
                            + " the rest, days-off and consecutive-day rules and the agent's leave")));
        }
        var schedule = built.schedule().get();
        var quality = ScheduleEvaluator.evaluate(problem, schedule);
        var proven = bound.orElse(new LowerBound(0, LowerBound.Source.LP_RELAXATION));
        report(listener, Phase.DONE, OptionalDouble.of(quality.objective()), Optional.of(proven), started,
                Optional.of(schedule));
        boolean stopped = stop.isStopRequested() || relaxation.bound().isEmpty();
        return new SchedulingOutcome.Scheduled(
                schedule, quality, proven, quality.gap(proven.value()), seconds(started), stopped);
    }

    private static CoveringSolution integerCovering(Instance instance, double seconds, int threads, StopHandle stop) {
        var scip = CoveringModel.solve(instance, "SCIP", seconds, threads, stop::onStop);
        if (scip.objective().isPresent() || scip.bound().isPresent()) {
            return scip;
        }
        return CoveringModel.solve(instance, "CBC", seconds, threads, stop::onStop);
    }

    private static void report(
            ProgressListener listener,
            Phase phase,
            OptionalDouble objective,
            Optional<LowerBound> bound,
            long started,
            Optional<Schedule> schedule) {
        var value = bound.isPresent() ? OptionalDouble.of(bound.get().value()) : OptionalDouble.empty();
        listener.onProgress(new SolverProgress(phase, objective, value, seconds(started), schedule));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
