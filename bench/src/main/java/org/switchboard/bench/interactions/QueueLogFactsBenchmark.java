package org.switchboard.bench.interactions;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.infra.Blackhole;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.QueueLogWriter;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.interactions.InteractionSink;
import org.switchboard.engine.interactions.facts.FactBuilder;
import org.switchboard.engine.interactions.facts.FactSettings;
import org.switchboard.engine.interactions.facts.FactTable;
import org.switchboard.engine.interactions.queuelog.QueueLogAssembler;
import org.switchboard.engine.interactions.queuelog.QueueLogReader;

/**
 * Asterisk {@code queue_log} parse + aggregate to interval facts on one core (issue 3 target: ≥ 1 000 000 lines/s):
 * the demo centre's voice queues over 1 and 8 weeks written as a {@code queue_log} ({@link QueueLogWriter}), held in
 * memory, then per invocation read by {@link QueueLogReader} (parser, assembler, contacts and agent events) into a
 * {@link FactBuilder} (15-minute contact facts with repeat detection, agent-state facts) collected in a
 * {@link FactTable}. The {@code lines} counter reports lines per second (JMH's aux counter, "lines" in ops/s).
 *
 * <p>Run:
 * <pre>
 *   ./mvnw -q -pl bench -am package -DskipTests
 *   java -jar bench/target/benchmarks.jar QueueLogFactsBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx2g"})
public class QueueLogFactsBenchmark {

    /** Weeks of the standard demo centre in the file. */
    @Param({"1", "8"})
    public int weeks;

    private String text = "";
    private long lineCount;

    /** Lines read, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Lines {
        /** Lines read so far in the iteration. */
        public long lines;

        /** Starts each iteration at zero. */
        @Setup(Level.Iteration)
        public void reset() {
            lines = 0;
        }
    }

    /** Writes the queue_log once per trial. */
    @Setup(Level.Trial)
    public void writeQueueLog() {
        var data = DemoCentre.generate(DemoSpec.standard().withWeeks(weeks), DemoCentre.random(20260302L));
        var out = new StringWriter();
        try {
            QueueLogWriter.write(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = out.toString();
        lineCount = text.lines().count();
    }

    /**
     * Reads the whole file into facts.
     *
     * @param lines the line counter
     * @return the facts, so the JIT cannot drop the work
     */
    @Benchmark
    public FactTable parseAndAggregate(Lines lines) {
        var table = new FactTable();
        var builder = new FactBuilder(FactSettings.standard(), table, problem -> {});
        var reader = new QueueLogReader(QueueLogAssembler.Settings.standard(), builder);
        reader.read(QueueLogWriter.FILE_NAME, new StringReader(text));
        reader.finish();
        builder.finish();
        lines.lines += lineCount;
        return table;
    }

    /**
     * Reads the whole file into facts that are handed on as each 15-minute slot closes, as the server's fact refresh
     * hands them to its day buffer and the database, instead of keeping eight weeks of facts in one {@link FactTable}.
     * The facts built are the same as {@link #parseAndAggregate}'s; only the benchmark's keeping of them differs, and
     * with it the garbage collector's work of copying a growing table.
     *
     * @param lines the line counter
     * @param facts receives every fact
     */
    @Benchmark
    public void parseAndAggregateStreamed(Lines lines, Blackhole facts) {
        var builder = new FactBuilder(FactSettings.standard(), facts::consume, facts::consume, problem -> {});
        var reader = new QueueLogReader(QueueLogAssembler.Settings.standard(), builder);
        reader.read(QueueLogWriter.FILE_NAME, new StringReader(text));
        reader.finish();
        builder.finish();
        lines.lines += lineCount;
    }

    /**
     * Reads the whole file into a sink that only counts, for the share of parsing and assembling in
     * {@link #parseAndAggregate}.
     *
     * @param lines the line counter
     * @return the contacts read, so the JIT cannot drop the work
     */
    @Benchmark
    public long parseOnly(Lines lines) {
        var counter = new ContactCounter();
        var reader = new QueueLogReader(QueueLogAssembler.Settings.standard(), counter);
        reader.read(QueueLogWriter.FILE_NAME, new StringReader(text));
        reader.finish();
        lines.lines += lineCount;
        return counter.contacts;
    }

    /** A sink that counts what it receives. */
    private static final class ContactCounter implements InteractionSink {
        long contacts;

        @Override
        public void contact(Interaction contact, long line) {
            contacts++;
        }

        @Override
        public void agentEvent(AgentEvent event, long line) {
            // Only contacts are counted.
        }

        @Override
        public void rejected(InputProblem problem) {
            // The demo file has none.
        }
    }
}
