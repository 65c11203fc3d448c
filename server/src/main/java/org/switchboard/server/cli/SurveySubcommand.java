package org.switchboard.server.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the {@code survey} commands share: the {@code --json} switch, one JSON document on one line, and bad arguments
 * turned into picocli parameter errors (exit code 2, one line on standard error, {@link OneLineParameterErrors}).
 */
abstract class SurveySubcommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @CommandLine.Spec
    @Nullable CommandSpec commandSpec;

    @Override
    public final Integer call() {
        Map<String, @Nullable Object> document;
        try {
            document = document();
        } catch (IllegalArgumentException | java.io.UncheckedIOException rejected) {
            throw rejected(String.valueOf(rejected.getMessage()));
        }
        var out = spec().commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(document));
        } else {
            printTable(out, document);
        }
        out.flush();
        return 0;
    }

    /**
     * {@return the result as an ordered JSON object}
     *
     * @throws IllegalArgumentException for a bad argument, with a message naming the option and value
     */
    abstract Map<String, @Nullable Object> document();

    /** Prints the result for people. */
    abstract void printTable(java.io.PrintWriter out, Map<String, @Nullable Object> document);

    final CommandLine.ParameterException rejected(String message) {
        return new CommandLine.ParameterException(spec().commandLine(), message);
    }

    private CommandSpec spec() {
        if (commandSpec == null) {
            throw new IllegalStateException("picocli injects the command spec");
        }
        return commandSpec;
    }
}
