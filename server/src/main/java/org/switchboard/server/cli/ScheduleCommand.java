package org.switchboard.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.scheduling.Infeasibility;
import org.switchboard.engine.scheduling.solver.ProgressListener;
import org.switchboard.engine.scheduling.solver.SchedulingOutcome;
import org.switchboard.engine.scheduling.solver.ShiftScheduler;
import org.switchboard.engine.scheduling.solver.SolveOptions;
import org.switchboard.engine.scheduling.solver.StopHandle;
import org.switchboard.server.schedules.ScheduleWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code switchboard schedule}: a shift schedule of named agents from a requirement file, an agents file and a rules
 * file, on the engine alone (no Spring, no database). The options and the JSON fields are the command-line contract of
 * issue 7 and stay stable. Exit codes: 0 scheduled, 2 bad input (one line on standard error naming file, line, field,
 * value and reason), 3 the rules cannot be met (each reason on its own line of standard error; with {@code --json}
 * also {@code "feasible": false} and the reasons on standard output). Formats: {@code docs/scheduling.md}.
 */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Shift schedule against a staffing requirement, with breaks, days off and contracts.",
            "Reports under- and over-staffed agent-hours, paid hours, the objective, a proven lower bound and the gap."
        })
final class ScheduleCommand implements Callable<Integer> {

    static final int INFEASIBLE = 3;

    @Option(names = "--requirements", required = true, paramLabel = "REQ.csv", description = "timestamp,skill,agents")
    Path requirements = Path.of("");

    @Option(
            names = "--agents",
            required = true,
            paramLabel = "AGENTS.csv",
            description = "id,name,skills,contract,unavailable (skills and dates ;-separated)")
    Path agents = Path.of("");

    @Option(names = "--rules", required = true, paramLabel = "RULES.json", description = "Templates, contracts, weights.")
    Path rules = Path.of("");

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Wall-clock limit of the solve (default: ${DEFAULT-VALUE}).")
    int timeLimit;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "2",
            description = "Most threads (default: ${DEFAULT-VALUE}; the current solver uses one).")
    int threads;

    @Option(names = "--out", paramLabel = "SCHEDULE.xlsx", description = "Write the schedule as an .xlsx workbook.")
    @Nullable Path out;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @CommandLine.Spec
    @Nullable CommandSpec commandSpec;

    @Override
    public Integer call() throws IOException {
        var commandLine = spec().commandLine();
        ScheduleFiles.Read read;
        try {
            if (timeLimit < 1 || threads < 1) {
                throw new IllegalArgumentException("--time-limit and --threads must be at least 1");
            }
            read = ScheduleFiles.read(requirements, agents, rules);
        } catch (IllegalArgumentException rejected) {
            throw new CommandLine.ParameterException(commandLine, rejected.getMessage(), rejected);
        }
        var printer = commandLine.getOut();
        if (!read.gaps().isEmpty()) {
            return infeasible(commandLine, read.gaps());
        }
        var outcome = new ShiftScheduler().solve(
                read.problem(),
                new SolveOptions(Duration.ofSeconds(timeLimit), threads, 1),
                ProgressListener.NONE,
                new StopHandle());
        return switch (outcome) {
            case SchedulingOutcome.Infeasible infeasible -> infeasible(commandLine, infeasible.reasons());
            case SchedulingOutcome.Scheduled done -> {
                if (out != null) {
                    try (var stream = Files.newOutputStream(out)) {
                        ScheduleWorkbook.write(read.problem(), done.schedule(), done.quality(), "1.0", stream);
                    }
                }
                print(printer, done, read.clock());
                yield 0;
            }
        };
    }

    private void print(PrintWriter printer, SchedulingOutcome.Scheduled done, Optional<ZoneOffset> clock) {
        var quality = done.quality();
        var fields = new LinkedHashMap<String, @Nullable Object>();
        fields.put("underStaffedHours", quality.underStaffedHours());
        fields.put("overStaffedHours", quality.overStaffedHours());
        fields.put("paidHours", quality.paidHours());
        fields.put("objective", quality.objective());
        fields.put("lowerBound", done.lowerBound().value());
        fields.put("gap", done.gap());
        fields.put("violations", quality.violations().size());
        fields.put("seconds", done.seconds());
        fields.put("shifts", done.schedule().shifts().size());
        fields.put("boundSource", done.lowerBound().source().name());
        fields.put("stopped", done.stopped());
        var preferences = quality.preferences();
        var fairness = quality.fairness();
        fields.put("softPenalty", quality.softPenalty());
        var share = preferences.share();
        fields.put("preferenceSatisfaction", share.isPresent() ? share.getAsDouble() : null);
        fields.put("preferencesMet", preferences.startTimeMet() + preferences.dayOffMet());
        fields.put("preferencesAsked", preferences.startTimeAsked() + preferences.dayOffAsked());
        fields.put("weekendDeviation", fairness.weekendDeviation());
        fields.put("lateShiftDeviation", fairness.lateShiftDeviation());
        fields.put("weekendsWorkedMin", fairness.minWeekendsWorked());
        fields.put("weekendsWorkedMax", fairness.maxWeekendsWorked());
        fields.put("lateShiftsMin", fairness.minLateShifts());
        fields.put("lateShiftsMax", fairness.maxLateShifts());
        fields.put("timestampOffset", clock.map(ZoneOffset::getId).orElse(null));
        if (json) {
            printer.println(StaffingCommand.JsonObject.write(fields));
        } else {
            fields.forEach((name, value) -> printer.printf(Locale.ROOT, "%-24s %s%n", name,
                    value instanceof Double number ? String.format(Locale.ROOT, "%.4f", number) : value));
        }
        printer.flush();
    }

    private int infeasible(CommandLine commandLine, List<Infeasibility> reasons) {
        var err = commandLine.getErr();
        reasons.forEach(reason -> err.println("switchboard schedule: " + reason.kind() + ": " + reason.message()));
        err.flush();
        if (json) {
            var fields = new LinkedHashMap<String, @Nullable Object>();
            fields.put("feasible", false);
            fields.put("reasons", String.join("; ", reasons.stream().map(Infeasibility::message).toList()));
            commandLine.getOut().println(StaffingCommand.JsonObject.write(fields));
            commandLine.getOut().flush();
        }
        return INFEASIBLE;
    }

    private CommandSpec spec() {
        if (commandSpec == null) {
            throw new IllegalStateException("picocli injects the command spec");
        }
        return commandSpec;
    }
}
