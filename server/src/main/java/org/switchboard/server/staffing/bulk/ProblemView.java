package org.switchboard.server.staffing.bulk;

import java.util.Locale;
import org.switchboard.engine.staffing.forecastfile.ParseProblem;

/**
 * A problem of a forecast file as the page and the CSV show it: the field and the reason as bundle keys
 * ({@code staffing.bulk.field.contacts}, {@code staffing.bulk.reason.not-a-number}).
 *
 * @param file file name
 * @param line line or row, 0 for the file as a whole
 * @param fieldKey bundle key of the field's label
 * @param value the cell text as found
 * @param reasonKey bundle key of the reason
 */
record ProblemView(String file, long line, String fieldKey, String value, String reasonKey) {

    static ProblemView of(ParseProblem problem) {
        return new ProblemView(
                problem.file(),
                problem.line(),
                "staffing.bulk.field." + kebab(problem.field().name()),
                problem.value(),
                "staffing.bulk.reason." + kebab(problem.reason().name()));
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
