package org.switchboard.engine.core;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * One record of an input file that could not be taken, with everything a user needs to find and fix it. Importers
 * collect problems, never throw them: the line is skipped (or the whole file refused, by the user's choice) and the
 * problem is reported.
 *
 * @param file the file name as given to the reader
 * @param line the 1-based line (or spreadsheet row) number, 0 for the file as a whole
 * @param field the column or part of the line at fault ({@code "line"} when the line as a whole is)
 * @param value the text as found, empty when there is none
 * @param reason what is wrong, in English, for logs, the command line and the rejects file
 */
public record InputProblem(String file, long line, String field, String value, String reason) {

    /**
     * Validates the problem.
     *
     * @throws IllegalArgumentException if {@code line} is negative or the reason is blank
     */
    public InputProblem {
        requireArgument(line >= 0, "line must not be negative: line=%d", line);
        requireArgument(!reason.isBlank(), "a problem needs a reason: file=%s, line=%d", file, line);
    }
}
