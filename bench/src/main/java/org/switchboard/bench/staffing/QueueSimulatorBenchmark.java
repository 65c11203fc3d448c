package org.switchboard.bench.staffing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.switchboard.engine.staffing.simulation.QueueSimulator;
import org.switchboard.engine.staffing.simulation.Retrials;
import org.switchboard.engine.staffing.simulation.RunLength;
import org.switchboard.engine.staffing.simulation.SimulationResult;
import org.switchboard.engine.staffing.simulation.SimulationSpec;
import org.switchboard.engine.staffing.simulation.TimeDistribution;

/**
 * Simulated calls per second of the single-skill queue simulator: one operation is 2 replications of 100 000 expected
 * fresh calls each (plus a 10 % warm-up), at about 95 % load per agent, AHT 240 s; the {@code attempts} counter
 * reports the call attempts simulated per second. Cases: {@code erlangA} (exponential handle time and patience, mean
 * 120 s), {@code logNormalRedials} (log-normal handle time cv 1.2, log-normal patience, redials 0.5/0.7 after 5 min,
 * lines = 1.2·N).
 *
 * <p>Run:
 * <pre>
 *   ./mvnw -q -pl bench -am package -DskipTests
 *   java -jar bench/target/benchmarks.jar QueueSimulatorBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueueSimulatorBenchmark {

    /** Agents N (offered load 0.95·N Erlangs). */
    @Param({"10", "100", "1000"})
    public int agents;

    /** Which queue to simulate. */
    @Param({"erlangA", "logNormalRedials"})
    public String scenario;

    private SimulationSpec spec;

    /** Call attempts simulated, reported by JMH as a rate per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Attempts {
        /** Attempts simulated so far in this iteration. */
        public long attempts;

        /** Resets the counter before each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            attempts = 0;
        }
    }

    /** Builds the spec once per trial. */
    @Setup(Level.Trial)
    public void buildSpec() {
        var aht = Duration.ofSeconds(240);
        double arrivalsPerSecond = 0.95 * agents / 240;
        var erlangA = SimulationSpec.erlangA(arrivalsPerSecond, aht, Duration.ofSeconds(120), agents, Duration.ofSeconds(20))
                .withRun(RunLength.ofArrivals(arrivalsPerSecond, 100_000, 2));
        spec = switch (scenario) {
            case "erlangA" -> erlangA;
            case "logNormalRedials" -> erlangA.withHandleTime(TimeDistribution.logNormal(aht, 1.2))
                    .withPatience(TimeDistribution.logNormal(Duration.ofSeconds(120), 1.0))
                    .withRetrials(new Retrials(0.5, 0.7, Duration.ofMinutes(5)))
                    .withLines((int) Math.ceil(1.2 * agents));
            default -> throw new IllegalArgumentException("unknown scenario: " + scenario);
        };
    }

    /**
     * Simulates the queue with a fresh seeded generator.
     *
     * @param counter the attempts counter
     * @return the result, so the JIT cannot drop the work
     */
    @Benchmark
    public SimulationResult simulate(Attempts counter) {
        var result = QueueSimulator.simulate(spec, QueueSimulator.random(20260302L));
        counter.attempts += result.attemptsSimulated();
        return result;
    }
}
