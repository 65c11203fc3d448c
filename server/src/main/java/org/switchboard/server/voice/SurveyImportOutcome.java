package org.switchboard.server.voice;

import java.util.List;
import org.switchboard.engine.core.InputProblem;

/**
 * What an import of responses did.
 *
 * @param loadId the load, to find its problems again
 * @param imported whether the valid responses were stored (false: the file was refused as a whole)
 * @param read responses read
 * @param added responses stored for the first time
 * @param present responses already held, left as they were
 * @param rejected lines rejected
 * @param unlinked responses stored whose contact id is not held (kept, flagged)
 * @param problems the rejected lines' problems, then the warnings of kept lines (at most {@value #MAX_LISTED})
 */
public record SurveyImportOutcome(
        long loadId,
        boolean imported,
        long read,
        long added,
        long present,
        long rejected,
        long unlinked,
        List<InputProblem> problems) {

    /** The most problems an outcome lists; all are kept in {@code voice_rejection}. */
    public static final int MAX_LISTED = 200;

    /** Copies and shortens the list. */
    public SurveyImportOutcome {
        problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
    }

    /** {@return one line for logs and the command line} */
    public String summary() {
        return (imported ? "imported" : "refused") + ": read " + read + ", added " + added + ", already present "
                + present + ", rejected " + rejected + ", unlinked " + unlinked;
    }
}
