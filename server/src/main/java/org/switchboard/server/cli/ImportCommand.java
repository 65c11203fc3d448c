package org.switchboard.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.server.SwitchboardApplication;
import org.switchboard.server.interactions.ImportFailedException;
import org.switchboard.server.interactions.ImportFormat;
import org.switchboard.server.interactions.ImportOutcome;
import org.switchboard.server.interactions.ImportRequest;
import org.switchboard.server.interactions.Importer;
import org.switchboard.server.interactions.MappingProfiles;
import org.switchboard.server.interactions.RejectPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code switchboard import FILE...}: imports interaction files into the database {@code serve} uses, one load per
 * file, with a progress bar by bytes read. Starts Spring without the web server. The options and exit codes are a
 * command-line contract and stay stable: 0 when every file was imported (rejected lines quarantined or not), 1 when a
 * file was refused or the import failed, 2 on bad arguments. The rejected lines of a file are written to
 * {@code <file>.rejects.csv} next to it. Asterisk {@code queue_log} files are imported in the order given, so give them
 * oldest first: a call that spans two files is carried from one load to the next ({@link Importer}).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Import interaction files (Asterisk queue_log, or CSV/xlsx with a mapping profile) into the database.",
            "Re-importing never duplicates: prints N new, M already present, K changed, R rejected per file.",
            "queue_log files are imported in the order given: give them oldest first (queue_log.1 queue_log), so",
            "that calls spanning two files are carried from one to the next.",
            "Exit code 0: imported; 1: a file was refused or failed; 2: bad arguments."
        })
final class ImportCommand implements Callable<Integer> {

    /** Exit code of a file refused by its reject policy, or of a failed import. */
    static final int NOT_IMPORTED = 1;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import, each its own load, in this order.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--format",
            required = true,
            paramLabel = "queue-log|csv|xlsx",
            description = "Format of the files.")
    String format = "";

    @Option(
            names = "--mapping",
            paramLabel = "PROFILE.json",
            description = "Column mapping profile, required for csv and xlsx.")
    @Nullable Path mapping;

    @Option(
            names = "--source",
            defaultValue = "default",
            paramLabel = "NAME",
            description = "Data source: the namespace of the ids in the files, at most 32 characters "
                    + "(default: ${DEFAULT-VALUE}).")
    String source = "default";

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description = "Time zone of local times in the files, e.g. Europe/Berlin "
                    + "(default: the mapping profile's zone, else UTC).")
    @Nullable String zone;

    @Option(
            names = "--policy",
            defaultValue = "reject-file",
            paramLabel = "reject-file|quarantine",
            description = "reject-file: any rejected line refuses the file, nothing stored; quarantine: store the valid "
                    + "lines, keep the rejected ones to fix and re-submit (default: ${DEFAULT-VALUE}).")
    String policy = "reject-file";

    @Option(
            names = "--data",
            defaultValue = "./data",
            paramLabel = "DIR",
            description = "Folder of the embedded database, as for serve (default: ${DEFAULT-VALUE}).")
    Path dataDirectory = Path.of("./data");

    @CommandLine.Spec
    @Nullable CommandSpec commandSpec;

    @Override
    public Integer call() {
        var settings = settings();
        try (var context = start()) {
            if (context == null) {
                return NOT_IMPORTED;
            }
            var importer = context.getBean(Importer.class);
            int exitCode = 0;
            for (var file : files) {
                if (!importOne(importer, settings, file)) {
                    exitCode = NOT_IMPORTED;
                }
            }
            return exitCode;
        }
    }

    /** What every file of this run is imported with. */
    private record Settings(ImportFormat format, Optional<MappingProfile> mapping, ZoneId zone, RejectPolicy policy) {}

    private Settings settings() {
        var commandLine = spec().commandLine();
        var importFormat = ImportFormat.fromSlug(format)
                .filter(f -> f != ImportFormat.JSON)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        commandLine, "--format must be queue-log, csv or xlsx: " + format));
        var rejectPolicy = RejectPolicy.fromSlug(policy)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        commandLine, "--policy must be reject-file or quarantine: " + policy));
        if (importFormat.needsMapping() != (mapping != null)) {
            throw new CommandLine.ParameterException(
                    commandLine, "--mapping is required for csv and xlsx, and only for them: --format " + format);
        }
        for (var file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(commandLine, "no such file: " + file);
            }
        }
        var profile = Optional.ofNullable(mapping).map(path -> profile(commandLine, path));
        ZoneId sourceZone;
        try {
            sourceZone = zone != null
                    ? ZoneId.of(zone)
                    : profile.map(p -> p.time().zone()).orElse(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(commandLine, "--zone is not a time zone: " + zone);
        }
        if (source.isBlank() || source.length() > ImportRequest.MAX_SOURCE_LENGTH) {
            throw new CommandLine.ParameterException(
                    commandLine, "--source must be 1 to " + ImportRequest.MAX_SOURCE_LENGTH + " characters: " + source);
        }
        return new Settings(importFormat, profile, sourceZone, rejectPolicy);
    }

    private static MappingProfile profile(CommandLine commandLine, Path path) {
        try (var in = Files.newInputStream(path)) {
            return MappingProfiles.read(in);
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(
                    commandLine, "--mapping " + path + " is not a mapping profile: " + e.getMessage());
        }
    }

    /** {@return the application without web server, or {@code null} when it could not start (Boot reported why)} */
    private @Nullable ConfigurableApplicationContext start() {
        var arguments = new String[] {
            "--switchboard.data-dir=" + dataDirectory.toAbsolutePath().normalize(),
            // no HTTP server: port -1 creates the web application context (the security configuration needs it)
            // without listening; web-application-type=none would leave the security filter chain unsatisfied
            "--server.port=-1",
            "--springdoc.api-docs.enabled=false",
            "--springdoc.swagger-ui.enabled=false",
            // the console shows the progress bar and the outcome; the log file keeps everything
            "--logging.threshold.console=WARN"
        };
        try {
            return new SpringApplication(SwitchboardApplication.class).run(arguments);
        } catch (RuntimeException alreadyReported) {
            return null;
        }
    }

    /** Imports one file; {@return whether it was imported} */
    private boolean importOne(Importer importer, Settings settings, Path file) {
        var out = spec().commandLine().getOut();
        var err = spec().commandLine().getErr();
        var name = file.getFileName().toString();
        var request = new ImportRequest(
                source, name, settings.format(), settings.mapping(), settings.zone(), settings.policy(), actor());
        ImportOutcome outcome;
        long started = System.nanoTime();
        var cpuBefore = processCpu();
        try (var in = Files.newInputStream(file);
                var bar = progressBar(name, Files.size(file))) {
            outcome = importer.importFile(request, in, Files.size(file), (bytes, total, read, rejected) -> {
                bar.stepTo(bytes);
                bar.setExtraMessage(" " + read + " records, " + rejected + " rejected");
            });
            bar.stepTo(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (ImportFailedException e) {
            err.println(file + ": " + e.getMessage());
            err.flush();
            return false;
        }
        var cpu = processCpu().flatMap(after -> cpuBefore.map(after::minus));
        report(out, file, outcome, Duration.ofNanos(System.nanoTime() - started), cpu);
        if (outcome.counts().rejected() > 0) {
            var rejects = ImportRejectsFile.of(file);
            ImportRejectsFile.write(rejects, importer, outcome.loadId());
            out.println("  rejected lines: " + rejects);
        }
        out.flush();
        return outcome.imported();
    }

    /**
     * Prints the outcome; the time is the import's wall time, KPI fact refresh included, and the CPU time that of
     * every thread of this process meanwhile (reading, writing, the database when embedded, garbage collection).
     */
    private static void report(
            PrintWriter out, Path file, ImportOutcome outcome, Duration took, Optional<Duration> cpu) {
        double seconds = Math.max(took.toNanos(), 1) / 1e9;
        out.println(file + ": " + outcome.summary()
                + (outcome.imported() ? "" : " - file refused, nothing stored")
                + String.format(Locale.ROOT, " (load %d, %d records in %.1f s, %.0f records/s%s)",
                        outcome.loadId(), outcome.counts().read(), seconds, outcome.counts().read() / seconds,
                        cpu.map(used -> String.format(Locale.ROOT, ", %.1f s of CPU", used.toNanos() / 1e9))
                                .orElse("")));
        for (var problem : outcome.problems().subList(0, Math.min(5, outcome.problems().size()))) {
            out.println("  line " + problem.line() + ", " + problem.field() + " '" + problem.value() + "': "
                    + problem.reason());
        }
        if (outcome.counts().rejected() > 5) {
            out.println("  ... " + (outcome.counts().rejected() - 5) + " more");
        }
    }

    /** {@return the CPU time of this process so far, when the platform tells it} */
    private static Optional<Duration> processCpu() {
        return ProcessHandle.current().info().totalCpuDuration();
    }

    private static ProgressBar progressBar(String name, long size) {
        return new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(size)
                .setUnit(" MB", 1 << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .build();
    }

    private static String actor() {
        var user = "cli:" + System.getProperty("user.name", "unknown");
        return user.length() <= 64 ? user : user.substring(0, 64);
    }

    private CommandSpec spec() {
        if (commandSpec == null) {
            throw new IllegalStateException("picocli injects the command spec");
        }
        return commandSpec;
    }
}
