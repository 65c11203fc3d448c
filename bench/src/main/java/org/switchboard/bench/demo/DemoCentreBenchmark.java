package org.switchboard.bench.demo;

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
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.DemoSpec;

/**
 * Time to generate the standard demo centre (64 agents, three queues) over one week (~18 000 contacts) and eight weeks
 * (~140 000 contacts): roster, arrivals, the discrete-event simulation and the assembly of the records.
 *
 * <p>Run:
 * <pre>
 *   ./mvnw -q -pl bench -am package -DskipTests
 *   java -jar bench/target/benchmarks.jar DemoCentreBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx2g"})
public class DemoCentreBenchmark {

    /** Weeks of the standard centre to generate. */
    @Param({"1", "8"})
    public int weeks;

    private DemoSpec spec;

    /** Builds the spec once per trial. */
    @Setup(Level.Trial)
    public void buildSpec() {
        spec = DemoSpec.standard().withWeeks(weeks);
    }

    /**
     * Generates the centre with a fresh seeded generator, as the command line does.
     *
     * @return the data set, so the JIT cannot drop the work
     */
    @Benchmark
    public DemoDataSet generate() {
        return DemoCentre.generate(spec, DemoCentre.random(20260302L));
    }
}
