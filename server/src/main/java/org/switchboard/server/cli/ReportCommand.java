package org.switchboard.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.facts.FactBuilder;
import org.switchboard.engine.interactions.facts.FactSettings;
import org.switchboard.engine.interactions.facts.FactTable;
import org.switchboard.engine.interactions.facts.PeriodGrid;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.engine.interactions.mapping.MappingReader;
import org.switchboard.engine.interactions.queuelog.QueueLogAssembler;
import org.switchboard.engine.interactions.queuelog.QueueLogReader;
import org.switchboard.engine.kpi.ServiceLevelVariant;
import org.switchboard.server.interactions.MappingProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code switchboard report}: reads interaction files without any database, builds the 15-minute interval facts and
 * prints the KPIs of metrics.md §1–§3 and §5 per queue, per queue and local interval, and per agent, with every
 * rejected record. The options and the JSON fields are the command-line contract of issue 3 and stay stable: one JSON
 * document {@code {"queues":[…],"intervals":[…],"agents":[…],"rejected":[…]}}, shares as fractions 0–1, times in
 * seconds, {@code null} for an undefined ratio. Exit code 0 (also when records were rejected); 2 with a one-line
 * message on standard error for bad arguments or an unreadable file.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "KPIs of interaction files (Asterisk queue_log, or CSV with a mapping profile), without a database.",
            "Shares are fractions 0-1, times are seconds; rejected records are listed with file, line, field, value"
                    + " and reason."
        })
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read, in order (oldest first).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "queue-log|csv", description = "Format of the files.")
    String format = "";

    @Option(names = "--mapping", paramLabel = "PROFILE.json", description = "Column mapping profile (for csv).")
    @Nullable Path mapping;

    @Option(
            names = "--interval",
            paramLabel = "MINUTES",
            defaultValue = "15",
            description = "Length of the intervals: 15, 30 or 60 minutes (default: ${DEFAULT-VALUE}).")
    int intervalMinutes;

    @Option(
            names = "--sl-seconds",
            paramLabel = "SECONDS",
            description = "Service-level threshold T (default: 20 for voice and video, 60 for chat and messenger).")
    @Nullable Long serviceLevelSeconds;

    @Option(
            names = "--short-abandon-seconds",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "Abandons within this are short abandons (default: ${DEFAULT-VALUE}).")
    long shortAbandonSeconds;

    @Option(
            names = "--sl-variant",
            paramLabel = "NAME",
            defaultValue = "ANSWERED_OF_OFFERED",
            description = "Service-level variant: ANSWERED_OF_OFFERED, ANSWERED_OF_ANSWERED, EXCLUDE_EARLY_ABANDONS or"
                    + " ABANDONS_WITHIN_T_COUNT_AS_MET (default: ${DEFAULT-VALUE}).")
    String variant = "";

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            defaultValue = "UTC",
            description = "Time zone of the intervals, e.g. Europe/Moscow (default: ${DEFAULT-VALUE}).")
    String zone = "";

    @Option(names = "--json", description = "Print one JSON document (otherwise a table of the queues).")
    boolean json;

    @CommandLine.Spec
    @Nullable CommandSpec commandSpec;

    @Override
    public Integer call() {
        var document = document(checkedGrid(), checkedVariant());
        for (var file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw rejected("cannot read file: " + file);
            }
        }
        var table = new FactTable();
        var problems = new ArrayList<InputProblem>();
        var builder = new FactBuilder(FactSettings.standard(), table, problems::add);
        try {
            read(files, builder);
        } catch (UncheckedIOException failure) {
            throw rejected(String.valueOf(failure.getMessage()));
        }
        builder.finish();
        var result = document.build(table.contactFacts(), table.agentFacts(), problems);
        var out = spec().commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(result));
        } else {
            printTable(out, result);
        }
        out.flush();
        return 0;
    }

    private ReportDocument document(PeriodGrid grid, ServiceLevelVariant slVariant) {
        if (shortAbandonSeconds < 0 || (serviceLevelSeconds != null && serviceLevelSeconds < 0)) {
            throw rejected("--sl-seconds and --short-abandon-seconds must not be negative");
        }
        var threshold = serviceLevelSeconds == null ? OptionalLong.empty() : OptionalLong.of(serviceLevelSeconds);
        return new ReportDocument(threshold, shortAbandonSeconds, slVariant, grid);
    }

    private void read(List<Path> paths, FactBuilder builder) {
        switch (format) {
            case "queue-log" -> {
                if (mapping != null) {
                    throw rejected("--mapping is only for --format csv");
                }
                var settings = new QueueLogAssembler.Settings(
                        Duration.ofSeconds(shortAbandonSeconds),
                        QueueLogAssembler.Settings.standard().reorderWindow());
                var reader = new QueueLogReader(settings, builder);
                readEach(paths, (name, in) -> reader.read(name, new InputStreamReader(in, StandardCharsets.UTF_8)));
                reader.finish();
            }
            case "csv" -> {
                if (mapping == null) {
                    throw rejected("--mapping is required for --format csv");
                }
                var reader = new MappingReader(profile(mapping), Clock.systemUTC());
                readEach(paths, (name, in) -> reader.readCsv(name, in, builder));
            }
            default -> throw rejected("--format must be queue-log or csv: " + format);
        }
    }

    /** Reads one file's bytes; the name is the path as given, reported with every problem. */
    private interface FileReading {
        void read(String name, InputStream in);
    }

    /** Opens each file in turn and hands its bytes to the reader, which reports what it cannot take. */
    private static void readEach(List<Path> paths, FileReading reading) {
        for (var path : paths) {
            try (var in = Files.newInputStream(path)) {
                reading.read(path.toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read file: " + path + ": " + e.getMessage(), e);
            }
        }
    }

    private MappingProfile profile(Path path) {
        try (var in = Files.newInputStream(path)) {
            return MappingProfiles.read(in);
        } catch (IOException | RuntimeException e) {
            throw rejected("--mapping " + path + " is not a mapping profile: " + e.getMessage());
        }
    }

    private PeriodGrid checkedGrid() {
        PeriodGrid.Unit unit;
        ZoneId zoneId;
        try {
            unit = PeriodGrid.Unit.ofMinutes(intervalMinutes);
        } catch (IllegalArgumentException e) {
            throw rejected("--interval must be 15, 30 or 60: " + intervalMinutes);
        }
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw rejected("--zone is not a time zone: " + zone);
        }
        return PeriodGrid.of(unit, zoneId);
    }

    private ServiceLevelVariant checkedVariant() {
        var name = variant.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (var candidate : ServiceLevelVariant.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw rejected("--sl-variant must be one of ANSWERED_OF_OFFERED, ANSWERED_OF_ANSWERED, EXCLUDE_EARLY_ABANDONS,"
                + " ABANDONS_WITHIN_T_COUNT_AS_MET: " + variant);
    }

    private static void printTable(PrintWriter out, Map<String, Object> document) {
        out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s %7s %7s %7s%n",
                "Queue", "Offered", "Answered", "Abandon", "Short", "SL", "ASA s", "Aband.");
        for (var row : (List<?>) document.get("queues")) {
            var fields = (Map<?, ?>) row;
            out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s %7s %7s %7s%n",
                    fields.get("queue"),
                    fields.get("offered"),
                    fields.get("answered"),
                    fields.get("abandoned"),
                    fields.get("shortAbandons"),
                    percent(fields.get("serviceLevel")),
                    fields.get("asa") instanceof Double asa ? String.format(Locale.ROOT, "%.1f", asa) : "-",
                    percent(fields.get("abandonRate")));
        }
        out.printf(Locale.ROOT, "Rejected records: %d%n", ((List<?>) document.get("rejected")).size());
    }

    private static String percent(@Nullable Object share) {
        return share instanceof Double value ? String.format(Locale.ROOT, "%.1f%%", 100 * value) : "-";
    }

    private CommandLine.ParameterException rejected(String message) {
        return new CommandLine.ParameterException(spec().commandLine(), message);
    }

    private CommandSpec spec() {
        if (commandSpec == null) {
            throw new IllegalStateException("picocli injects the command spec");
        }
        return commandSpec;
    }
}
