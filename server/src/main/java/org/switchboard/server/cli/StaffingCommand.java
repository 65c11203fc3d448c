package org.switchboard.server.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.staffing.IntervalAnswer;
import org.switchboard.server.staffing.IntervalQuestion;
import org.switchboard.server.staffing.StaffingCalculator;
import org.switchboard.server.staffing.StaffingModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code switchboard staffing}: the required agents (or lines) of one interval, or the figures at a given number, on
 * the engine alone (no Spring). The options and the JSON fields are the command-line contract of issue 4 and stay
 * stable: shares are fractions 0–1, times are seconds, infinite figures of an unstable queue are {@code null} with
 * {@code "stable": false}. Errors end with exit code 2 and a one-line message on standard error.
 */
@Command(
        name = "staffing",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Staffing requirement of one interval with Erlang B, C or A.",
            "Without --agents it solves for the smallest number meeting every target; with --agents it evaluates"
                    + " that number. Shares are fractions 0-1, times are seconds."
        })
final class StaffingCommand implements Callable<Integer> {

    @Option(
            names = "--model",
            required = true,
            paramLabel = "erlang-b|erlang-c|erlang-a",
            description = "Queueing model: erlang-b (lines, no queue), erlang-c (no abandonment), erlang-a (abandonment).")
    String model = "";

    @Option(names = "--calls", required = true, paramLabel = "N", description = "Contacts offered in the interval.")
    double calls;

    @Option(
            names = "--interval-minutes",
            required = true,
            paramLabel = "M",
            description = "Length of the interval in minutes.")
    int intervalMinutes;

    @Option(names = "--aht", required = true, paramLabel = "SECONDS", description = "Average handle time.")
    double ahtSeconds;

    @Option(names = "--agents", paramLabel = "N", description = "Evaluate this number of agents (lines) instead of solving.")
    @Nullable Integer agents;

    @Option(names = "--sl-target", paramLabel = "SHARE", description = "Service-level target, e.g. 0.8.")
    @Nullable Double serviceLevelTarget;

    @Option(
            names = "--sl-seconds",
            paramLabel = "SECONDS",
            defaultValue = "20",
            description = "Service-level threshold T (default: ${DEFAULT-VALUE}).")
    double serviceLevelSeconds;

    @Option(names = "--asa-target", paramLabel = "SECONDS", description = "Largest average speed of answer.")
    @Nullable Double asaTarget;

    @Option(names = "--max-abandon", paramLabel = "SHARE", description = "Largest share of abandoned contacts.")
    @Nullable Double maxAbandon;

    @Option(names = "--max-occupancy", paramLabel = "SHARE", description = "Largest agent occupancy.")
    @Nullable Double maxOccupancy;

    @Option(names = "--patience", paramLabel = "SECONDS", description = "Mean patience of callers (Erlang A, required).")
    @Nullable Double patience;

    @Option(
            names = "--shrinkage",
            paramLabel = "SHARE",
            defaultValue = "0",
            description = "Share of paid time not on contacts, for FTE (default: ${DEFAULT-VALUE}).")
    double shrinkage;

    @Option(
            names = "--blocking-target",
            paramLabel = "SHARE",
            defaultValue = "0.01",
            description = "Largest blocking for Erlang B (default: ${DEFAULT-VALUE}).")
    double blockingTarget;

    @Option(
            names = "--concurrency",
            paramLabel = "K",
            defaultValue = "1",
            description = "Chat sessions an agent handles at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--handle-time-growth",
            paramLabel = "SHARE",
            defaultValue = "0",
            description = "Growth of a chat's handle time per extra concurrent session (default: ${DEFAULT-VALUE}).")
    double handleTimeGrowth;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @CommandLine.Spec
    @Nullable CommandSpec commandSpec;

    @Override
    public Integer call() {
        var commandLine = spec().commandLine();
        IntervalAnswer answer;
        IntervalQuestion question;
        try {
            question = question();
            var calculator = new StaffingCalculator();
            answer = agents == null ? calculator.solve(question) : calculator.evaluate(question, agents);
        } catch (IllegalArgumentException rejected) {
            throw new CommandLine.ParameterException(commandLine, rejected.getMessage(), rejected);
        }
        var out = commandLine.getOut();
        if (json) {
            out.println(json(question, answer, agents == null));
        } else {
            printTable(out, question, answer);
        }
        out.flush();
        return 0;
    }

    private IntervalQuestion question() {
        var staffingModel = StaffingModel.fromSlug(model)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--model must be erlang-b, erlang-c or erlang-a: " + model));
        return new IntervalQuestion(
                staffingModel,
                calls,
                intervalMinutes,
                ahtSeconds,
                optional(serviceLevelTarget),
                serviceLevelSeconds,
                optional(asaTarget),
                optional(maxAbandon),
                optional(maxOccupancy),
                optional(patience),
                shrinkage,
                concurrency,
                handleTimeGrowth,
                blockingTarget);
    }

    /** {@return the answer as one JSON object, every figure present, {@code null} where it does not apply or is infinite} */
    static String json(IntervalQuestion question, IntervalAnswer answer, boolean solved) {
        var fields = new LinkedHashMap<String, @Nullable Object>();
        fields.put("model", answer.model().slug());
        fields.put("mode", solved ? "solve" : "evaluate");
        fields.put("agents", answer.agents());
        fields.put("trafficErlangs", answer.trafficErlangs());
        fields.put("stable", answer.stable());
        fields.put("serviceLevel", value(answer.serviceLevel()));
        fields.put("serviceLevelSeconds", answer.model() == StaffingModel.ERLANG_B ? null : question.serviceLevelSeconds());
        fields.put("asa", value(answer.asaSeconds()));
        fields.put("meanWaitAll", value(answer.meanWaitAllSeconds()));
        fields.put("probWait", value(answer.probWait()));
        fields.put("probAbandon", value(answer.probAbandon()));
        fields.put("averageQueueLength", value(answer.averageQueueLength()));
        fields.put("occupancy", value(answer.occupancy()));
        fields.put("fte", answer.fte());
        fields.put("blocking", value(answer.blocking()));
        fields.put("meetsTargets", answer.meetsTargets());
        return JsonObject.write(fields);
    }

    private static void printTable(PrintWriter out, IntervalQuestion question, IntervalAnswer answer) {
        var rows = new LinkedHashMap<String, String>();
        rows.put("Model", answer.model().slug());
        rows.put("Traffic", format("%.3f Erlangs", answer.trafficErlangs()));
        var isLines = answer.model() == StaffingModel.ERLANG_B;
        rows.put(isLines ? "Lines" : "Agents", String.valueOf(answer.agents()));
        rows.put("FTE", format("%.2f (shrinkage %.0f %%)", answer.fte(), 100 * question.shrinkage()));
        if (isLines) {
            rows.put("Blocking", percent(answer.blocking()));
        } else {
            rows.put("Stable", answer.stable() ? "yes" : "no: agents <= traffic, the queue grows without end");
            var stable = answer.stable();
            rows.put(
                    format("Service level (%.0f s)", question.serviceLevelSeconds()),
                    stable ? percent(answer.serviceLevel()) : "unstable");
            rows.put("ASA", seconds(answer.asaSeconds()));
            rows.put("P(wait)", stable ? percent(answer.probWait()) : "unstable");
            if (answer.model() == StaffingModel.ERLANG_A) {
                rows.put("P(abandon)", percent(answer.probAbandon()));
            }
            rows.put("Queue length", answer.averageQueueLength().isPresent()
                    ? format("%.2f", answer.averageQueueLength().getAsDouble())
                    : "unstable");
        }
        rows.put("Occupancy", answer.stable() ? percent(answer.occupancy()) : "unstable");
        rows.put("Meets targets", answer.meetsTargets() ? "yes" : "no");
        rows.forEach((label, text) -> out.printf(Locale.ROOT, "%-22s %s%n", label, text));
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? format("%.2f %%", 100 * share.getAsDouble()) : "unstable";
    }

    private static String seconds(OptionalDouble value) {
        return value.isPresent() ? format("%.1f s", value.getAsDouble()) : "unstable";
    }

    private static String format(String template, Object... values) {
        return String.format(Locale.ROOT, template, values);
    }

    private static @Nullable Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static OptionalDouble optional(@Nullable Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private CommandSpec spec() {
        if (commandSpec == null) {
            throw new IllegalStateException("picocli injects the command spec");
        }
        return commandSpec;
    }

    /** A flat JSON object of strings, numbers, booleans and nulls, without a JSON library (the CLI starts fast). */
    static final class JsonObject {

        private JsonObject() {}

        static String write(Map<String, @Nullable Object> fields) {
            var json = new StringBuilder("{");
            fields.forEach((name, value) -> {
                if (json.length() > 1) {
                    json.append(", ");
                }
                json.append(quote(name)).append(": ").append(literal(value));
            });
            return json.append('}').toString();
        }

        private static String literal(@Nullable Object value) {
            return switch (value) {
                case null -> "null";
                case Double d -> Double.isFinite(d) ? d.toString() : "null";
                case Number n -> n.toString();
                case Boolean b -> b.toString();
                default -> quote(value.toString());
            };
        }

        private static String quote(String text) {
            var quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }
}
