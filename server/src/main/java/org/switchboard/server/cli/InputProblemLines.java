package org.switchboard.server.cli;

import java.io.PrintWriter;
import java.util.List;
import org.switchboard.engine.core.InputProblem;

/** Prints refused input of a scripting command: one line per problem naming file, line, field, value and reason. */
final class InputProblemLines {

    private InputProblemLines() {}

    /**
     * Prints the problems to standard error.
     *
     * @param err standard error of the command
     * @param command the command name, e.g. {@code forecast}
     * @param problems the problems, in input order
     * @return the exit code of refused input, {@link OneLineParameterErrors#EXIT_CODE}
     */
    static int print(PrintWriter err, String command, List<InputProblem> problems) {
        for (var problem : problems) {
            err.println("switchboard %s: %s line %d, %s '%s': %s"
                    .formatted(
                            command, problem.file(), problem.line(), problem.field(), problem.value(), problem.reason()));
        }
        err.flush();
        return OneLineParameterErrors.EXIT_CODE;
    }
}
