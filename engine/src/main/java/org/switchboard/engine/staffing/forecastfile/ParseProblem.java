package org.switchboard.engine.staffing.forecastfile;

import java.util.Objects;
import org.switchboard.engine.core.Checks;

/**
 * One fault found in a forecast file. Problems are collected, not thrown: a file with any problem is refused as a
 * whole, and all of its problems are shown together.
 *
 * @param file the file name as uploaded
 * @param line the line of a CSV file or the row number of a spreadsheet (1 = the header), 0 for the file as a whole
 * @param field the column at fault, {@link ForecastField#FILE} for the file as a whole
 * @param value the cell text as found, empty when the cell is empty or there is no single cell
 * @param reason what is wrong
 */
public record ParseProblem(String file, long line, ForecastField field, String value, Reason reason) {

    /** What can be wrong with a forecast file. */
    public enum Reason {
        /** The file is neither CSV nor .xlsx (an old binary .xls, for instance). */
        UNSUPPORTED_FORMAT("the file is neither CSV nor .xlsx"),
        /** The file could not be read (a damaged spreadsheet, an unclosed quote). */
        UNREADABLE_FILE("the file could not be read"),
        /** The file has no header row. */
        EMPTY_FILE("the file is empty"),
        /** The file has a header but no data rows. */
        NO_ROWS("the file has a header but no rows"),
        /** A required column is not in the header. */
        MISSING_COLUMN("a required column is missing"),
        /** Two columns of the header mean the same field. */
        DUPLICATE_COLUMN("two columns mean the same field"),
        /** A required cell is empty. */
        MISSING_VALUE("the cell is empty"),
        /** A number was expected. */
        NOT_A_NUMBER("not a number"),
        /** The number is below 0. */
        NEGATIVE("must not be negative"),
        /** The number must be above 0. */
        NOT_POSITIVE("must be greater than 0"),
        /** The date or time cannot be read. */
        UNREADABLE_DATE_TIME("not a date and time in the form 2026-03-02T08:00 or 2026-03-02 08:00"),
        /** The local time does not exist in the centre's time zone (skipped by a daylight-saving change). */
        NONEXISTENT_LOCAL_TIME("this local time does not exist (daylight-saving change)"),
        /** The interval does not start on the interval grid (e.g. 08:10 with 15-minute intervals). */
        OFF_GRID("the interval does not start on the interval grid"),
        /** The same interval (and queue) appears on an earlier line. */
        DUPLICATE_INTERVAL("the same interval appears on an earlier line"),
        /** So many problems that reading stopped here. */
        TOO_MANY_PROBLEMS("too many problems; reading stopped here");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** {@return an English description, for logs and the command line; pages translate the constant's name} */
        public String description() {
            return description;
        }
    }

    /** Validates the fields. */
    public ParseProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        Checks.requireArgument(line >= 0, "line must not be negative: line=%d", line);
    }

    /** {@return a one-line English message naming file, line, field, value and reason} */
    public String message() {
        var where = line == 0 ? file : file + ":" + line;
        var cell = value.isEmpty() ? "" : " \"" + value + "\"";
        return where + ": " + field.headers().stream().findFirst().orElse("file") + cell + ": " + reason.description();
    }
}
