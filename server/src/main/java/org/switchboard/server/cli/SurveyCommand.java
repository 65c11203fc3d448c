package org.switchboard.server.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code switchboard survey}: customer- and employee-voice statistics on the engine alone (no database): metrics with
 * intervals from a file of answers, scale conversion against a benchmark, required sample size. The options and JSON
 * fields are the command-line contract of issue 6 and stay stable; errors end with exit code 2 and one line on
 * standard error.
 */
@Command(
        name = "survey",
        mixinStandardHelpOptions = true,
        description = "Survey statistics: metrics with confidence intervals, scale conversion, sample size.",
        subcommands = {SurveyMetricsCommand.class, SurveyConvertCommand.class, SurveySampleSizeCommand.class})
final class SurveyCommand implements Runnable {

    @CommandLine.Spec
    @Nullable CommandSpec commandSpec;

    @Override
    public void run() {
        if (commandSpec == null) {
            throw new IllegalStateException("picocli injects the command spec");
        }
        commandSpec.commandLine().usage(commandSpec.commandLine().getOut());
    }
}
