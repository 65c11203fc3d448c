package org.switchboard.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoCsv;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.QueueLogWriter;
import org.switchboard.engine.demo.QueueSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code switchboard generate-demo}: writes the deterministic demo contact centre as CSV files and an Asterisk
 * {@code queue_log} into a folder, on the engine alone (no Spring context), and prints one summary line per queue.
 */
@Command(
        name = "generate-demo",
        mixinStandardHelpOptions = true,
        description =
                "Write the demo contact centre (CSV files and an Asterisk queue_log) without starting the server.")
final class GenerateDemoCommand implements Callable<Integer> {

    private static final int MAX_WEEKS = 104;

    @Option(
            names = "--seed",
            defaultValue = "20260302",
            description = "Seed of the demo data generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "./data/demo",
            description = "Folder to write the files into, created if missing (default: ${DEFAULT-VALUE}).")
    Path outputDirectory;

    @Option(
            names = "--weeks",
            paramLabel = "N",
            defaultValue = "8",
            description = "Weeks to generate from Monday 2 March 2026, 1 to 104 (default: ${DEFAULT-VALUE}).")
    int weeks;

    @CommandLine.Spec
    CommandSpec commandSpec;

    @Override
    public Integer call() throws IOException {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new CommandLine.ParameterException(
                    commandSpec.commandLine(), "--weeks must be between 1 and %d: %d".formatted(MAX_WEEKS, weeks));
        }
        var data = DemoCentre.generate(DemoSpec.standard().withWeeks(weeks), DemoCentre.random(seed));
        var directory = outputDirectory.toAbsolutePath().normalize();
        write(data, directory);
        var out = commandSpec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "Wrote %d contacts, %d agent-state events and %d survey answers (%d weeks, seed %d) to %s%n",
                data.contacts().size(),
                data.agentEvents().size(),
                data.surveyAnswers().size(),
                weeks,
                seed,
                directory);
        data.summary().queues().forEach(queue -> out.println(describe(queue)));
        out.flush();
        return 0;
    }

    private static void write(DemoDataSet data, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (var file : DemoCsv.values()) {
            try (var writer = Files.newBufferedWriter(directory.resolve(file.fileName()), StandardCharsets.UTF_8)) {
                file.write(data, writer);
            }
        }
        try (var writer =
                Files.newBufferedWriter(directory.resolve(QueueLogWriter.FILE_NAME), StandardCharsets.UTF_8)) {
            QueueLogWriter.write(data, writer);
        }
    }

    private static String describe(QueueSummary queue) {
        return String.format(
                Locale.ROOT,
                "%-8s offered %7d  answered %7d  abandoned %6d (+%d short)  SL(%ds) %5.1f %%  abandonment %4.1f %%",
                queue.queue(),
                queue.offered(),
                queue.answered(),
                queue.abandoned(),
                queue.shortAbandons(),
                queue.serviceLevelThreshold().toSeconds(),
                100 * queue.serviceLevel().orElse(0),
                100 * queue.abandonmentRate().orElse(0));
    }
}
