package org.switchboard.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports a rejected command line of a scripting command ({@code staffing}, {@code report}, {@code forecast},
 * {@code accuracy}, {@code survey …}) as one line on standard error with exit code 2, as its command-line contract
 * requires; other commands keep picocli's message with the usage help.
 */
final class OneLineParameterErrors implements IParameterExceptionHandler {

    /** Exit code of a rejected command line. */
    static final int EXIT_CODE = 2;

    private final IParameterExceptionHandler others;

    OneLineParameterErrors(IParameterExceptionHandler others) {
        this.others = others;
    }

    @Override
    public int handleParseException(ParameterException rejected, String[] args) throws Exception {
        var commandLine = rejected.getCommandLine();
        var command = commandLine.getCommand();
        if (!(command instanceof StaffingCommand
                || command instanceof ReportCommand
                || command instanceof ForecastCommand
                || command instanceof AccuracyCommand
                || command instanceof SurveySubcommand)) {
            return others.handleParseException(rejected, args);
        }
        var message = String.valueOf(rejected.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip();
        var err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        err.flush();
        return EXIT_CODE;
    }
}
