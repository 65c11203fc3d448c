package org.switchboard.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.switchboard.engine.forecast.Forecast;
import org.switchboard.engine.forecast.ForecastMethod;
import org.switchboard.engine.forecast.ForecastRefused;
import org.switchboard.engine.forecast.ForecastRequest;
import org.switchboard.engine.forecast.Forecaster;
import org.switchboard.engine.forecast.HistoryReader;
import org.switchboard.engine.forecast.IntervalHistory;
import org.switchboard.engine.forecast.SpecialDay;
import org.switchboard.engine.forecast.SpecialDaysReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code switchboard forecast}: forecasts one queue's volume (and AHT when the history has it) from a history CSV, on
 * the engine alone. The options, the output CSV {@code timestamp,volume,lower80,upper80,lower95,upper95[,aht]} and
 * the JSON fields are the command-line contract of issue 5 and stay stable: WAPE values are fractions, {@code null}
 * when undefined. Bad arguments or input end with exit code 2 and one line per problem on standard error (file, line,
 * field, value, reason).
 */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Forecast of contacts per interval with 80 % and 95 % prediction intervals, from a history CSV"
                    + " timestamp,volume[,aht].",
            "The method is chosen by a rolling-origin back-test (lowest WAPE) unless --method names one."
        })
final class ForecastCommand implements Callable<Integer> {

    @Option(names = "--history", required = true, paramLabel = "FILE.csv", description = "History CSV.")
    Path history = Path.of("");

    @Option(
            names = "--interval-minutes",
            required = true,
            paramLabel = "M",
            description = "Interval of the forecast: 15, 30 or 60; the history may be finer if it divides it.")
    int intervalMinutes;

    @Option(names = "--horizon-days", required = true, paramLabel = "D", description = "Days to forecast, 1 to 91.")
    int horizonDays;

    @Option(
            names = "--method",
            paramLabel = "NAME",
            defaultValue = "auto",
            description = "auto, seasonal-naive, weekday-average, ets, decomposition or regression (default:"
                    + " ${DEFAULT-VALUE}).")
    String method = "auto";

    @Option(
            names = "--special-days",
            paramLabel = "FILE.csv",
            description = "Special-days calendar date,kind[,effect_percent] (see docs/forecasting.md).")
    @Nullable Path specialDays;

    @Option(names = "--out", required = true, paramLabel = "FORECAST.csv", description = "Where to write the forecast.")
    Path out = Path.of("");

    @Option(names = "--json", description = "Print one JSON object (otherwise a table of the back-test).")
    boolean json;

    @CommandLine.Spec
    @Nullable CommandSpec commandSpec;

    @Override
    public Integer call() throws IOException {
        var request = request();
        var problems = new ArrayList<InputProblem>();
        var calendar = calendar(problems);
        Optional<IntervalHistory> read;
        try (var reader = Files.newBufferedReader(readable(history), StandardCharsets.UTF_8)) {
            var parse = HistoryReader.read(reader, history.toString(), intervalMinutes);
            problems.addAll(parse.problems());
            read = parse.history();
        }
        if (read.isEmpty() || !problems.isEmpty()) {
            return refuse(problems);
        }
        var past = read.get();
        var result = Forecaster.forecast(past, request.withSpecialDays(calendar));
        if (result instanceof ForecastRefused refused) {
            return refuse(refused.problems());
        }
        var forecast = (Forecast) result;
        ForecastCsv.write(forecast, past.hasAht(), out);
        var printer = spec().commandLine().getOut();
        if (json) {
            printer.println(JsonMapper.builder().build().writeValueAsString(document(forecast)));
        } else {
            printTable(printer, forecast);
        }
        printer.flush();
        return 0;
    }

    private ForecastRequest request() {
        if (intervalMinutes != 15 && intervalMinutes != 30 && intervalMinutes != 60) {
            throw rejected("--interval-minutes must be 15, 30 or 60: " + intervalMinutes);
        }
        if (horizonDays < 1 || horizonDays > ForecastRequest.MAX_HORIZON_DAYS) {
            throw rejected("--horizon-days must be 1 to %d (13 weeks): %d"
                    .formatted(ForecastRequest.MAX_HORIZON_DAYS, horizonDays));
        }
        var auto = ForecastRequest.auto(horizonDays);
        if (method.equals("auto")) {
            return auto;
        }
        return auto.withMethod(ForecastMethod.fromCliName(method)
                .orElseThrow(() -> rejected("--method must be auto, seasonal-naive, weekday-average, ets,"
                        + " decomposition or regression: " + method)));
    }

    private List<SpecialDay> calendar(List<InputProblem> problems) throws IOException {
        if (specialDays == null) {
            return List.of();
        }
        try (var reader = Files.newBufferedReader(readable(specialDays), StandardCharsets.UTF_8)) {
            var parse = SpecialDaysReader.read(reader, specialDays.toString());
            problems.addAll(parse.problems());
            return parse.days();
        }
    }

    private Path readable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw rejected("cannot read file: " + file);
        }
        return file;
    }

    private int refuse(List<InputProblem> problems) {
        return InputProblemLines.print(spec().commandLine().getErr(), "forecast", problems);
    }

    private Map<String, @Nullable Object> document(Forecast forecast) {
        var backtest = new ArrayList<Map<String, @Nullable Object>>();
        for (var score : forecast.scores()) {
            var row = new LinkedHashMap<String, @Nullable Object>();
            row.put("method", score.method().cliName());
            row.put("wape", value(score.intervalWape()));
            row.put("dailyWape", value(score.dailyWape()));
            row.put("origins", score.origins());
            backtest.add(row);
        }
        var document = new LinkedHashMap<String, @Nullable Object>();
        document.put("method", forecast.method().cliName());
        document.put("requestedMethod", method);
        document.put("fallbackReason", forecast.fallbackReason().orElse(null));
        document.put("intervalMinutes", forecast.intervalMinutes());
        document.put("horizonDays", horizonDays);
        document.put("intervals", forecast.points().size());
        document.put("out", out.toString());
        document.put("backtest", backtest);
        document.put("notes", forecast.notes());
        return document;
    }

    private static @Nullable Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static void printTable(PrintWriter printer, Forecast forecast) {
        printer.printf(Locale.ROOT, "Method: %s%n", forecast.method().cliName());
        forecast.fallbackReason().ifPresent(reason -> printer.printf(Locale.ROOT, "Fallback: %s%n", reason));
        printer.printf(Locale.ROOT, "%-16s %10s %10s%n", "Back-test", "WAPE", "daily WAPE");
        for (var score : forecast.scores()) {
            printer.printf(
                    Locale.ROOT,
                    "%-16s %10s %10s%n",
                    score.method().cliName(),
                    percent(score.intervalWape()),
                    percent(score.dailyWape()));
        }
        forecast.notes().forEach(note -> printer.printf(Locale.ROOT, "Note: %s%n", note));
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.2f %%", 100 * share.getAsDouble()) : "-";
    }

    private CommandLine.ParameterException rejected(String message) {
        return new CommandLine.ParameterException(spec().commandLine(), message);
    }

    private CommandSpec spec() {
        return Optional.ofNullable(commandSpec)
                .orElseThrow(() -> new IllegalStateException("picocli injects the command spec"));
    }
}
