package org.switchboard.bench.forecast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.engine.forecast.Forecast;
import org.switchboard.engine.forecast.ForecastMethod;
import org.switchboard.engine.forecast.ForecastRefused;
import org.switchboard.engine.forecast.ForecastRequest;
import org.switchboard.engine.forecast.Forecaster;
import org.switchboard.engine.forecast.HistoryReader;
import org.switchboard.engine.forecast.IntervalHistory;
import org.switchboard.engine.forecast.accuracy.AccuracyLevel;
import org.switchboard.engine.forecast.accuracy.AccuracyPoint;
import org.switchboard.engine.forecast.accuracy.ForecastAccuracy;

/**
 * Out-of-sample accuracy of every forecasting method and of the automatic choice, at 30-minute and daily level
 * (WAPE, {@code metrics.md} §7), on a fixed split with rolling weekly origins: from each origin the forecaster sees
 * only the history before it ({@link IntervalHistory#until}) and forecasts {@value #HORIZON_DAYS} days; the errors
 * of all origins are pooled. Missing actuals are left out; every observed actual counts, special days included
 * (none are declared).
 *
 * <ul>
 *   <li>Real series: {@code shared/data/arrivals/anonymous-bank-1999-6min.csv} (found by walking up from the working
 *       directory; skipped with a message when absent), aggregated to 30 minutes. Training January–October 1999, test
 *       1 November – 31 December 1999: origins every Monday from 1 November (the last one forecasts 5 days).
 *   <li>Demo: the standard demo centre over 26 weeks from Monday 2 March 2026, queue {@code service}, 30 minutes.
 *       Training the first 18 weeks, test the last 8 weeks (origins every Monday from 6 July 2026).
 * </ul>
 *
 * <p>Run ({@code docs/performance.md}, section "Forecasting"):
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.switchboard.bench.forecast.ForecastAccuracyReport
 * </pre>
 */
public final class ForecastAccuracyReport {

    static final int HORIZON_DAYS = 7;
    static final int INTERVAL_MINUTES = 30;
    static final int DEMO_WEEKS = 26;
    private static final String BANK = "shared/data/arrivals/anonymous-bank-1999-6min.csv";

    private ForecastAccuracyReport() {}

    /**
     * Prints one line per series and method: WAPE at 30 minutes, WAPE per day, the share of actuals of the open
     * (not closed) intervals inside the 80 % and 95 % prediction intervals, and for the automatic choice the methods it chose. With {@code --demo-csv FILE}
     * it only writes the demo history ({@code timestamp,volume}, 30 minutes) for {@code bench/r/forecast-compare.R}.
     *
     * @param args nothing, or {@code --demo-csv FILE}
     * @throws IOException if the real series cannot be read or the demo file written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--demo-csv")) {
            writeCsv(DemoHistory.of(DEMO_WEEKS, INTERVAL_MINUTES), Path.of(args[1]));
            return;
        }
        System.out.println("series method wape30min wapeDay inside80 inside95 chosen");
        var bank = find(Path.of("").toAbsolutePath());
        if (bank.isPresent()) {
            try (var reader = Files.newBufferedReader(bank.get(), StandardCharsets.UTF_8)) {
                var history = HistoryReader.read(reader, BANK, INTERVAL_MINUTES).history().orElseThrow();
                report("bank-1999", history, LocalDate.of(1999, 11, 1));
            }
        } else {
            System.out.println("bank-1999 skipped: " + BANK + " not found above " + Path.of("").toAbsolutePath());
        }
        report("demo-service", DemoHistory.of(DEMO_WEEKS, INTERVAL_MINUTES), LocalDate.of(2026, 7, 6));
    }

    private static void writeCsv(IntervalHistory history, Path file) throws IOException {
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("timestamp,volume\n");
            for (int i = 0; i < history.size(); i++) {
                var volume = history.volume(i);
                if (volume.isPresent()) {
                    writer.write(String.format(Locale.ROOT, "%s,%.0f%n", history.start(i), volume.getAsDouble()));
                }
            }
        }
    }

    private static void report(String name, IntervalHistory history, LocalDate testStart) {
        for (var method : ForecastMethod.values()) {
            line(name, method.cliName(), history, testStart, Optional.of(method));
        }
        line(name, "auto", history, testStart, Optional.empty());
    }

    private static void line(
            String name, String label, IntervalHistory history, LocalDate testStart, Optional<ForecastMethod> method) {
        var points = new ArrayList<AccuracyPoint>();
        var chosen = new ArrayList<String>();
        int open = 0;
        int inside80 = 0;
        int inside95 = 0;
        int ppd = history.intervalsPerDay();
        for (var origin = testStart; origin.isBefore(history.endDay()); origin = origin.plusDays(HORIZON_DAYS)) {
            var request = new ForecastRequest(HORIZON_DAYS, method, List.of(), method.isEmpty());
            var result = Forecaster.forecast(history.until(origin), request);
            if (result instanceof ForecastRefused refused) {
                throw new IllegalStateException(refused.problems().toString());
            }
            var forecast = (Forecast) result;
            chosen.add(forecast.method().cliName());
            int first = (int) (origin.toEpochDay() - history.firstDay().toEpochDay()) * ppd;
            for (int h = 0; h < forecast.points().size() && first + h < history.size(); h++) {
                var actual = history.volume(first + h);
                if (actual.isPresent()) {
                    var point = forecast.points().get(h);
                    double value = actual.getAsDouble();
                    points.add(new AccuracyPoint(point.start(), point.volume(), value));
                    if (!point.closed()) {
                        open++;
                        inside80 += point.lower80() <= value && value <= point.upper80() ? 1 : 0;
                        inside95 += point.lower95() <= value && value <= point.upper95() ? 1 : 0;
                    }
                }
            }
        }
        double interval = ForecastAccuracy.measure(points, AccuracyLevel.INTERVAL).wape().orElseThrow();
        double day = ForecastAccuracy.measure(points, AccuracyLevel.DAY).wape().orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "%s %s %.4f %.4f %.3f %.3f %s%n",
                name,
                label,
                interval,
                day,
                (double) inside80 / open,
                (double) inside95 / open,
                method.isPresent() ? "-" : String.join(",", chosen));
    }

    private static Optional<Path> find(Path start) {
        for (var dir = start; dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve(BANK);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
