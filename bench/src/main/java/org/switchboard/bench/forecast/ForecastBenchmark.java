package org.switchboard.bench.forecast;

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
import org.switchboard.engine.forecast.ForecastMethod;
import org.switchboard.engine.forecast.ForecastRequest;
import org.switchboard.engine.forecast.ForecastResult;
import org.switchboard.engine.forecast.Forecaster;
import org.switchboard.engine.forecast.IntervalHistory;

/**
 * Time to forecast one queue from a year of 15-minute history (34 944 intervals, {@link SyntheticYear}) over a
 * 28-day horizon, on one thread:
 *
 * <ul>
 *   <li>{@code oneMethod}: fit and forecast with a fixed method, including its own 4-origin back-test for the
 *       prediction intervals (what {@code --method NAME} does);
 *   <li>{@code automatic}: the back-tests of all five methods from 4 origins, the choice, the final fit and the
 *       forecast (what {@code --method auto} does).
 * </ul>
 *
 * <p>Run:
 * <pre>
 *   ./mvnw -q -pl bench -am package -DskipTests
 *   java -jar bench/target/benchmarks.jar ForecastBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:ActiveProcessorCount=1"})
public class ForecastBenchmark {

    /** The fixed method of {@link #oneMethod}, a parameter of that benchmark only. */
    @State(Scope.Benchmark)
    public static class FixedMethod {
        /** The method. */
        @Param({"SEASONAL_NAIVE", "WEEKDAY_AVERAGE", "ETS", "DECOMPOSITION", "REGRESSION"})
        public ForecastMethod method;
    }

    private IntervalHistory history;

    /** Builds the year once per trial. */
    @Setup(Level.Trial)
    public void buildHistory() {
        history = SyntheticYear.history(20250106L);
    }

    /**
     * Fits and forecasts with the fixed method.
     *
     * @param fixed the method
     * @return the forecast, so the JIT cannot drop the work
     */
    @Benchmark
    public ForecastResult oneMethod(FixedMethod fixed) {
        return Forecaster.forecast(history, ForecastRequest.auto(28).withMethod(fixed.method).withScoreAllMethods(false));
    }

    /**
     * Back-tests every method, chooses, fits and forecasts.
     *
     * @return the forecast
     */
    @Benchmark
    public ForecastResult automatic() {
        return Forecaster.forecast(history, ForecastRequest.auto(28));
    }
}
