package org.switchboard.engine.scheduling.solver;

import java.util.Optional;
import java.util.OptionalDouble;
import org.switchboard.engine.scheduling.Schedule;

/**
 * A progress report of a running solve.
 *
 * @param phase the step just finished
 * @param bestObjective objective of the best schedule (or covering solution) so far, if any
 * @param lowerBound best proven lower bound of the optimum so far, if any
 * @param elapsedSeconds seconds since the solve began
 * @param bestSchedule the best complete schedule so far, once there is one
 */
public record SolverProgress(
        Phase phase,
        OptionalDouble bestObjective,
        OptionalDouble lowerBound,
        double elapsedSeconds,
        Optional<Schedule> bestSchedule) {}
