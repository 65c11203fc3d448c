package org.switchboard.server.interactions.profiles;

import java.util.List;
import org.switchboard.engine.core.InputProblem;

/**
 * One row of a sample file as a profile reads it: the values it became, or why it was rejected.
 *
 * @param line the row's line (CSV) or row number (.xlsx)
 * @param values the mapped values, in the order of {@link ProfilePreview#columns}; empty when rejected
 * @param problems why the row was rejected; empty when it was taken
 */
public record PreviewRow(long line, List<String> values, List<InputProblem> problems) {

    /** Copies the lists. */
    public PreviewRow {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }
}
