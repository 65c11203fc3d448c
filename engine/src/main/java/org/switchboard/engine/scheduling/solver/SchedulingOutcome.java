package org.switchboard.engine.scheduling.solver;

import java.util.List;
import org.switchboard.engine.scheduling.Infeasibility;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.evaluation.ScheduleQuality;

/** The result of a solve: a schedule with its quality and bound, or the reasons it cannot be made. */
public sealed interface SchedulingOutcome {

    /**
     * A schedule keeping every hard rule.
     *
     * @param schedule the schedule
     * @param quality its quality figures (violations empty)
     * @param lowerBound the best proven lower bound of the optimum
     * @param gap (objective − bound) / objective
     * @param seconds wall-clock seconds of the solve
     * @param stopped whether the solve ended early on a stop request or the time limit
     */
    record Scheduled(
            Schedule schedule,
            ScheduleQuality quality,
            LowerBound lowerBound,
            double gap,
            double seconds,
            boolean stopped)
            implements SchedulingOutcome {}

    /**
     * The problem breaks rules no schedule can keep; nothing was scheduled.
     *
     * @param reasons every reason found, in plain words
     */
    record Infeasible(List<Infeasibility> reasons) implements SchedulingOutcome {

        /** Copies the list. */
        public Infeasible {
            reasons = List.copyOf(reasons);
        }
    }
}
