package org.switchboard.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.forecast.HistoryParse;
import org.switchboard.engine.forecast.HistoryReader;
import org.switchboard.engine.forecast.IntervalHistory;
import org.switchboard.engine.forecast.accuracy.AccuracyLevel;
import org.switchboard.engine.forecast.accuracy.AccuracyMeasures;
import org.switchboard.engine.forecast.accuracy.AccuracyPoint;
import org.switchboard.engine.forecast.accuracy.ForecastAccuracy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code switchboard accuracy}: the forecast-accuracy measures of {@code metrics.md} §7 of a forecast CSV (columns
 * {@code timestamp,volume,…}, e.g. the output of {@code switchboard forecast}) against an actuals CSV ({@code
 * timestamp,volume}, which may be finer than the forecast's interval when it divides it). The forecast's interval is
 * the step between its first two rows. Only intervals present in both files are compared. The JSON fields are the
 * command-line contract of issue 5 and stay stable: the six measures and {@code overForecast}, {@code underForecast}
 * as fractions, {@code null} when their base is zero. Problems end with exit code 2, one line each on standard error.
 */
@Command(
        name = "accuracy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Forecast accuracy (metrics.md section 7): six measures, WAPE with its over- and under-forecast"
                + " parts, as fractions.")
final class AccuracyCommand implements Callable<Integer> {

    @Option(names = "--forecast", required = true, paramLabel = "F.csv", description = "Forecast CSV timestamp,volume,….")
    Path forecastFile = Path.of("");

    @Option(names = "--actual", required = true, paramLabel = "A.csv", description = "Actuals CSV timestamp,volume.")
    Path actualFile = Path.of("");

    @Option(
            names = "--level",
            paramLabel = "day|interval",
            defaultValue = "day",
            description = "Compare days (intervals summed per day) or intervals (default: ${DEFAULT-VALUE}).")
    String level = "day";

    @Option(names = "--json", description = "Print one JSON object (otherwise a table).")
    boolean json;

    @CommandLine.Spec
    @Nullable CommandSpec commandSpec;

    @Override
    public Integer call() throws IOException {
        var accuracyLevel = switch (level) {
            case "day" -> AccuracyLevel.DAY;
            case "interval" -> AccuracyLevel.INTERVAL;
            default -> throw rejected("--level must be day or interval: " + level);
        };
        int minutes = intervalOf(forecastFile);
        var forecast = read(forecastFile, minutes);
        var actual = read(actualFile, minutes);
        var problems = new ArrayList<InputProblem>(forecast.problems());
        problems.addAll(actual.problems());
        if (!problems.isEmpty() || forecast.history().isEmpty() || actual.history().isEmpty()) {
            return InputProblemLines.print(spec().commandLine().getErr(), "accuracy", problems);
        }
        var points = pair(forecast.history().get(), actual.history().get());
        var measures = ForecastAccuracy.measure(points, accuracyLevel);
        var out = spec().commandLine().getOut();
        if (json) {
            out.println(StaffingCommand.JsonObject.write(document(measures, points.size())));
        } else {
            printTable(out, document(measures, points.size()));
        }
        out.flush();
        return 0;
    }

    private int intervalOf(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(readable(file), StandardCharsets.UTF_8)) {
            return firstStep(reader)
                    .orElseThrow(() -> rejected(
                            "--forecast needs two rows one interval (15, 30 or 60 minutes) apart at its start: " + file));
        }
    }

    private static Optional<Integer> firstStep(BufferedReader reader) throws IOException {
        reader.readLine();
        var first = reader.readLine();
        var second = reader.readLine();
        if (first == null || second == null) {
            return Optional.empty();
        }
        try {
            long minutes = Duration.between(start(first), start(second)).toMinutes();
            return minutes == 15 || minutes == 30 || minutes == 60 ? Optional.of((int) minutes) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDateTime start(String line) {
        return LocalDateTime.parse(line.split(",", 2)[0].strip());
    }

    private HistoryParse read(Path file, int minutes) throws IOException {
        try (var reader = Files.newBufferedReader(readable(file), StandardCharsets.UTF_8)) {
            return HistoryReader.read(reader, file.toString(), minutes);
        }
    }

    /** The intervals observed in both files, in time order. */
    private static List<AccuracyPoint> pair(IntervalHistory forecast, IntervalHistory actual) {
        var points = new ArrayList<AccuracyPoint>();
        long offset = (forecast.firstDay().toEpochDay() - actual.firstDay().toEpochDay()) * forecast.intervalsPerDay();
        for (int i = 0; i < forecast.size(); i++) {
            long j = i + offset;
            if (j < 0 || j >= actual.size()) {
                continue;
            }
            var f = forecast.volume(i);
            var a = actual.volume((int) j);
            if (f.isPresent() && a.isPresent()) {
                points.add(new AccuracyPoint(forecast.start(i), f.getAsDouble(), a.getAsDouble()));
            }
        }
        return points;
    }

    private Map<String, @Nullable Object> document(AccuracyMeasures measures, int intervals) {
        var fields = new LinkedHashMap<String, @Nullable Object>();
        fields.put("level", level);
        fields.put("intervalsCompared", intervals);
        fields.put("points", measures.points());
        fields.put("periodPercentageError", value(measures.periodError()));
        fields.put("absolutePeriodPercentageError", value(measures.absolutePeriodError()));
        fields.put("meanPercentageError", value(measures.meanPercentageError()));
        fields.put("meanAbsolutePercentageError", value(measures.meanAbsolutePercentageError()));
        fields.put("volumeWeightedPercentageError", value(measures.weightedError()));
        fields.put("wape", value(measures.wape()));
        fields.put("overForecast", value(measures.overForecast()));
        fields.put("underForecast", value(measures.underForecast()));
        return fields;
    }

    private static @Nullable Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static void printTable(PrintWriter out, Map<String, @Nullable Object> fields) {
        fields.forEach((name, value) -> out.printf(
                Locale.ROOT,
                "%-32s %s%n",
                name,
                value instanceof Double share ? String.format(Locale.ROOT, "%+.2f %%", 100 * share) : value));
    }

    private Path readable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw rejected("cannot read file: " + file);
        }
        return file;
    }

    private CommandLine.ParameterException rejected(String message) {
        return new CommandLine.ParameterException(spec().commandLine(), message);
    }

    private CommandSpec spec() {
        return Optional.ofNullable(commandSpec)
                .orElseThrow(() -> new IllegalStateException("picocli injects the command spec"));
    }
}
