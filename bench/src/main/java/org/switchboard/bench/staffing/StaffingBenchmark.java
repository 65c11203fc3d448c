package org.switchboard.bench.staffing;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.switchboard.engine.staffing.ErlangA;
import org.switchboard.engine.staffing.ErlangC;
import org.switchboard.engine.staffing.QueueModel;
import org.switchboard.engine.staffing.Requirement;
import org.switchboard.engine.staffing.ServiceTargets;
import org.switchboard.engine.staffing.StaffingSolver;
import org.switchboard.engine.staffing.Workload;

/**
 * Time of the required-agents solve ({@link StaffingSolver#requiredAgents}) for an 80 % in 20 s target:
 *
 * <ul>
 *   <li>{@link #solve}: one solve at 10, 100, 1 000 and 10 000 Erlangs (AHT 300 s, 15-minute interval), Erlang C and
 *       Erlang A (mean patience 180 s), in ns per solve;
 *   <li>{@link #year}: a year of 15-minute intervals (35 040) for 10 queues, 350 400 solves with deterministic
 *       pseudo-random loads uniform in 1–500 Erlangs (seed 20261122), in ms per year. Targets: Erlang C under 1 s,
 *       Erlang A under 3 s on one core.
 * </ul>
 *
 * <p>Run:
 * <pre>
 *   ./mvnw -q -pl bench -am package -DskipTests
 *   java -jar bench/target/benchmarks.jar StaffingBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx2g"})
public class StaffingBenchmark {

    private static final ServiceTargets EIGHTY_TWENTY = ServiceTargets.serviceLevel(0.8, Duration.ofSeconds(20));
    private static final double AHT_SECONDS = 300;
    private static final int INTERVAL_MINUTES = 15;

    /** One workload at a fixed load. */
    @State(Scope.Benchmark)
    public static class Single {

        /** Offered load in Erlangs. */
        @Param({"10", "100", "1000", "10000"})
        public double erlangs;

        /** Queue model: "erlang-c" or "erlang-a". */
        @Param({"erlang-c", "erlang-a"})
        public String model;

        QueueModel queueModel;
        Workload workload;

        /** Builds the workload once per trial. */
        @Setup(Level.Trial)
        public void build() {
            queueModel = model(model);
            workload = Workload.of(erlangs * INTERVAL_MINUTES * 60 / AHT_SECONDS, INTERVAL_MINUTES, AHT_SECONDS);
        }
    }

    /** A year of 15-minute intervals for 10 queues. */
    @State(Scope.Benchmark)
    public static class Year {

        /** Queue model: "erlang-c" or "erlang-a". */
        @Param({"erlang-c", "erlang-a"})
        public String model;

        QueueModel queueModel;
        Workload[] workloads;

        /** Draws the 350 400 workloads once per trial. */
        @Setup(Level.Trial)
        public void build() {
            queueModel = model(model);
            var random = new SplittableRandom(20261122L);
            workloads = new Workload[35_040 * 10];
            for (int i = 0; i < workloads.length; i++) {
                var erlangs = random.nextDouble(1, 500);
                workloads[i] =
                        Workload.of(erlangs * INTERVAL_MINUTES * 60 / AHT_SECONDS, INTERVAL_MINUTES, AHT_SECONDS);
            }
        }
    }

    /**
     * One solve.
     *
     * @param state the workload
     * @return the requirement, so the JIT cannot drop the work
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Requirement solve(Single state) {
        return StaffingSolver.requiredAgents(state.queueModel, state.workload, EIGHTY_TWENTY, 0.3);
    }

    /**
     * A year of solves for 10 queues.
     *
     * @param state the workloads
     * @return the total of the required agents, so the JIT cannot drop the work
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long year(Year state) {
        long agents = 0;
        for (var workload : state.workloads) {
            agents += StaffingSolver.requiredAgents(state.queueModel, workload, EIGHTY_TWENTY, 0.3)
                    .agents();
        }
        return agents;
    }

    private static QueueModel model(String name) {
        return switch (name) {
            case "erlang-c" -> new ErlangC();
            case "erlang-a" -> new ErlangA(Duration.ofSeconds(180));
            default -> throw new IllegalArgumentException("model must be erlang-c or erlang-a: model=" + name);
        };
    }
}
