package org.switchboard.engine.forecast;

import java.util.List;
import java.util.Optional;
import org.switchboard.engine.core.InputProblem;

/**
 * What reading a history gave: the history when the input was usable, and every problem found. A history is only
 * given when there are no problems (all-or-nothing, style guide §7).
 *
 * @param history the history, empty when there were problems
 * @param problems every problem found, in input order
 */
public record HistoryParse(Optional<IntervalHistory> history, List<InputProblem> problems) {

    /** Copies the problems. */
    public HistoryParse {
        problems = List.copyOf(problems);
    }
}
