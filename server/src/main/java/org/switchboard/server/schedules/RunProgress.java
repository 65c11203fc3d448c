package org.switchboard.server.schedules;

import java.util.Optional;
import java.util.OptionalDouble;
import org.switchboard.engine.scheduling.evaluation.ScheduleQuality;

/**
 * How a running solve stands, for the page that polls it.
 *
 * @param phase the engine's phase just finished ({@code Phase} by name), empty before the first report
 * @param bestObjective the objective of the best solution so far, if any
 * @param lowerBound the best proven lower bound so far, if any
 * @param elapsedSeconds seconds since the solve began
 * @param best the quality of the best complete schedule so far, once there is one
 */
public record RunProgress(
        Optional<String> phase,
        OptionalDouble bestObjective,
        OptionalDouble lowerBound,
        double elapsedSeconds,
        Optional<ScheduleQuality> best) {

    /** {@return the progress of a solve that has not reported yet} */
    static RunProgress starting() {
        return new RunProgress(Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0, Optional.empty());
    }

    /**
     * {@return the gap of the best complete schedule so far to the bound, as the engine computes it
     * ({@link ScheduleQuality#gap}), once there are both}
     */
    public OptionalDouble gap() {
        if (best.isEmpty() || lowerBound.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(best.get().gap(lowerBound.getAsDouble()));
    }
}
