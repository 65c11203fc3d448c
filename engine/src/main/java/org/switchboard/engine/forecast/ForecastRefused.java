package org.switchboard.engine.forecast;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.List;
import org.switchboard.engine.core.InputProblem;

/**
 * No forecast could be made, e.g. fewer than two weeks of history or a horizon over 13 weeks.
 *
 * @param problems why, each naming the input, field, value and reason; never empty
 */
public record ForecastRefused(List<InputProblem> problems) implements ForecastResult {

    /**
     * Copies the problems.
     *
     * @throws IllegalArgumentException if there are none
     */
    public ForecastRefused {
        problems = List.copyOf(problems);
        requireArgument(!problems.isEmpty(), "a refusal needs at least one problem");
    }
}
