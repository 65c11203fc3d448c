package org.switchboard.bench.scheduling;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.engine.scheduling.solver.SolverProgress;
import org.switchboard.engine.scheduling.solver.SchedulingOutcome;
import org.switchboard.engine.scheduling.solver.ShiftScheduler;
import org.switchboard.engine.scheduling.solver.SolveOptions;
import org.switchboard.engine.scheduling.solver.StopHandle;

/**
 * Solves the benchmark instances of {@link SchedulingInstance} (150 agents / 1 skill, 500 agents / 1 skill, 150 agents /
 * 3 skills) and prints, for each, the objective, the lower bound, the gap, wall-clock and process CPU seconds and the
 * number of hard-rule violations. Not a JMH benchmark: one solve is seconds long and the quality (gap) matters as much
 * as the time.
 *
 * <p>Run ({@code docs/performance.md}, section "Scheduling"):
 * <pre>
 * ./mvnw -q -o -pl bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -cp bench/target/benchmarks.jar \
 *     org.switchboard.bench.scheduling.SchedulingRun 60 2
 * </pre>
 * Arguments: time limit in seconds (default 60), threads (default 2), optionally {@code agents skills} to run one case,
 * then optionally {@code nosoft} to weigh the soft goals 0 (the objective alone, as before they were weighted).
 */
public final class SchedulingRun {

    private SchedulingRun() {}

    /**
     * Runs the cases.
     *
     * @param args time limit in seconds, threads, optionally agents and skills of a single case
     */
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int[][] cases = args.length > 3
                ? new int[][] {{Integer.parseInt(args[2]), Integer.parseInt(args[3])}}
                : new int[][] {{150, 1}, {500, 1}, {150, 3}};
        boolean soft = args.length <= 4 || !"nosoft".equals(args[4]);
        System.out.println("agents skills objective lowerBound gap seconds cpuSeconds under over paid violations"
                + " softPenalty preferenceShare weekendDeviation lateShiftDeviation");
        for (var one : cases) {
            run(one[0], one[1], seconds, threads, soft);
        }
    }

    private static void progress(SolverProgress progress) {
        System.err.println(String.format(Locale.ROOT, "  %-10s objective %s bound %s at %.1f s", progress.phase(),
                progress.bestObjective(), progress.lowerBound(), progress.elapsedSeconds()));
    }

    private static void run(int agents, int skills, int seconds, int threads, boolean soft) {
        var generated = SchedulingInstance.generate(agents, skills, 7);
        var weights = generated.weights();
        var problem = soft
                ? generated
                : generated.withWeights(
                        new Weights(weights.understaffedHour(), weights.overstaffedHour(), weights.paidHour()));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        var outcome = new ShiftScheduler().solve(
                problem, new SolveOptions(Duration.ofSeconds(seconds), threads, 1), SchedulingRun::progress,
                new StopHandle());
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        switch (outcome) {
            case SchedulingOutcome.Scheduled done -> {
                var q = done.quality();
                System.out.println(String.format(Locale.ROOT,
                        "%d %d %.1f %.1f %.4f %.1f %.1f %.1f %.1f %.1f %d %.1f %.4f %.1f %.1f",
                        agents, skills, q.objective(), done.lowerBound().value(), done.gap(), done.seconds(), cpu,
                        q.underStaffedHours(), q.overStaffedHours(), q.paidHours(), q.violations().size(),
                        q.softPenalty(), q.preferences().share().orElse(Double.NaN), q.fairness().weekendDeviation(),
                        q.fairness().lateShiftDeviation()));
            }
            case SchedulingOutcome.Infeasible infeasible ->
                System.out.println(agents + " " + skills + " infeasible: " + infeasible.reasons());
        }
    }
}
