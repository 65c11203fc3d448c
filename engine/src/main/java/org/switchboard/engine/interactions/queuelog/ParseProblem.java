package org.switchboard.engine.interactions.queuelog;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * One fault found in a {@code queue_log}. Problems are collected, not thrown; the line is skipped and reading goes on.
 *
 * @param file the file name as given to the parser
 * @param line the 1-based line number, 0 for the file as a whole
 * @param field the part of the line at fault
 * @param value the text as found (the whole line for {@link QueueLogField#LINE}), empty when there is none
 * @param reason what is wrong
 */
public record ParseProblem(String file, long line, QueueLogField field, String value, Reason reason) {

    /** What can be wrong with a {@code queue_log} line. */
    public enum Reason {
        /** The file could not be read to its end. */
        UNREADABLE_FILE("the file could not be read"),
        /** Fewer than the five fields {@code epoch|callid|queue|agent|event}. */
        TOO_FEW_FIELDS("fewer than 5 fields: epoch|callid|queue|agent|event"),
        /** A required field is empty. */
        MISSING_VALUE("the field is empty"),
        /** A whole non-negative number was expected. */
        NOT_A_NUMBER("not a whole non-negative number"),
        /** The verb is not one Asterisk writes (a custom {@code QueueLog()} verb, for instance). */
        UNKNOWN_VERB("not an Asterisk queue_log verb"),
        /** The verb needs more data fields than the line has. */
        MISSING_DATA("the verb needs more data fields"),
        /** A call event (connect, end, ring) whose call has not entered a queue in the lines read. */
        CALL_NOT_OPEN("no ENTERQUEUE for this call in the lines read"),
        /** A second ENTERQUEUE for a call already waiting in the same queue. */
        DUPLICATE_CALL("the call is already in this queue");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** {@return an English description, for logs and the command line} */
        public String description() {
            return description;
        }
    }

    /**
     * Validates the problem.
     *
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public ParseProblem {
        requireArgument(line >= 0, "line must not be negative: line=%d", line);
    }
}
