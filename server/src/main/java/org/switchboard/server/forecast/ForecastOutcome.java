package org.switchboard.server.forecast;

import java.util.List;
import org.switchboard.engine.core.InputProblem;

/** What a forecast request gave: a new draft version, or the reasons none could be made. */
public sealed interface ForecastOutcome {

    /**
     * A draft version was stored.
     *
     * @param versionId its id
     */
    record Drafted(long versionId) implements ForecastOutcome {}

    /**
     * No forecast: the history or the request was refused.
     *
     * @param problems every problem, each naming the input, line, field, value and reason; never empty
     */
    record Refused(List<InputProblem> problems) implements ForecastOutcome {

        /**
         * Copies the problems.
         *
         * @throws IllegalArgumentException if there are none
         */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }
    }
}
