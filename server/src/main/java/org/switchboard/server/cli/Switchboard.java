package org.switchboard.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code switchboard} command line: the entry point of the jar.
 *
 * <p>Server commands ({@code serve}, {@code demo}) start the Spring context; every other command runs on the engine
 * alone, without Spring, so that it answers in about a second.
 */
@Command(
        name = "switchboard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Switchboard: operations platform for contact centres.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            GenerateDemoCommand.class,
            StaffingCommand.class,
            ReportCommand.class,
            ImportCommand.class,
            ForecastCommand.class,
            AccuracyCommand.class,
            SurveyCommand.class,
            ScheduleCommand.class
        })
public final class Switchboard implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        if (exitCode != 0 || !ServerCommand.isServerRunning()) {
            System.exit(exitCode);
        }
    }

    /** {@return the command line with every command and its error handling, ready to execute} */
    static CommandLine commandLine() {
        var commandLine = new CommandLine(new Switchboard());
        commandLine.setParameterExceptionHandler(
                new OneLineParameterErrors(commandLine.getParameterExceptionHandler()));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
