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
        subcommands = {ServeCommand.class, DemoCommand.class, GenerateDemoCommand.class})
public final class Switchboard implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        var commandLine = new CommandLine(new Switchboard());
        int exitCode = commandLine.execute(args);
        if (exitCode != 0 || !ServerCommand.isServerRunning()) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
