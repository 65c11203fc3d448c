package org.switchboard.engine.voice.benchmark;

import java.util.List;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.Scale;
import org.switchboard.engine.voice.benchmark.BenchmarkLevel.Bound;

/**
 * The built-in benchmarks of metrics.md §4, each with its source. They are defined on their native scale and compared
 * with answers on any scale through the linear conversion ({@link Benchmark#compare}).
 */
public final class Benchmarks {

    /** Source of the COPC-style targets. */
    public static final String COPC_SOURCE = "COPC CX Standard (COPC Inc.): customer satisfaction and dissatisfaction"
            + " are measured separately, with targets CSAT >= 85 % and CDSAT <= 5 % on any scale (converted); as"
            + " summarised by O. Zeldin, \"Why CSAT and CDSAT must be computed separately\", Apex Berg channel.";

    /** Source of the CES quartiles. */
    public static final String CEB_SOURCE = "CEB (now Gartner) Customer Effort Score study (7-point agreement"
            + " with \"It was easy to resolve my issue\", CES = share of 5-7): top quartile of companies > 80.5 %,"
            + " median > 68.6 %, bottom quartile < 54.2 %; as quoted by O. Zeldin, \"Customer Efforts Score (CES)\","
            + " Apex Berg channel.";

    private static final Scale ONE_TO_FIVE = new Scale(1, 5);
    private static final Scale ONE_TO_SEVEN = new Scale(1, 7);

    private Benchmarks() {}

    /** {@return COPC-style CSAT target: share of 4–5 on 1–5 at least 85 %} */
    public static Benchmark copcCsat() {
        return new Benchmark(
                "copc-csat",
                "COPC-style CSAT target",
                ONE_TO_FIVE,
                new Box(4, 5),
                List.of(new BenchmarkLevel("target", Bound.AT_LEAST, 0.85)),
                COPC_SOURCE);
    }

    /** {@return COPC-style CDSAT target: share of 1 on 1–5 at most 5 %} */
    public static Benchmark copcCdsat() {
        return new Benchmark(
                "copc-cdsat",
                "COPC-style CDSAT target",
                ONE_TO_FIVE,
                new Box(1, 1),
                List.of(new BenchmarkLevel("target", Bound.AT_MOST, 0.05)),
                COPC_SOURCE);
    }

    /**
     * {@return the CEB CES quartiles: share of 5–7 on 1–7 above 80.5 % (top quartile), above 68.6 % (median), below
     * 54.2 % (bottom quartile)}
     */
    public static Benchmark cebCes() {
        return new Benchmark(
                "ceb-ces",
                "CEB CES quartiles",
                ONE_TO_SEVEN,
                new Box(5, 7),
                List.of(
                        new BenchmarkLevel("top quartile", Bound.ABOVE, 0.805),
                        new BenchmarkLevel("median", Bound.ABOVE, 0.686),
                        new BenchmarkLevel("bottom quartile", Bound.BELOW, 0.542)),
                CEB_SOURCE);
    }

    /** {@return every built-in benchmark} */
    public static List<Benchmark> builtIn() {
        return List.of(copcCsat(), copcCdsat(), cebCes());
    }
}
