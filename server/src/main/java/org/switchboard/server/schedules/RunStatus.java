package org.switchboard.server.schedules;

/** How a solver run stands. */
public enum RunStatus {
    /** The solver is working; the best schedule so far is shown. */
    RUNNING,
    /** The solver ended on its own: it proved the schedule optimal or reached its time limit. */
    FINISHED,
    /** A user stopped the solver; the best schedule found until then is kept. */
    STOPPED,
    /** The rules cannot be met; the run holds the engine's explanation and no schedule. */
    INFEASIBLE,
    /** The run failed for another reason; the run holds the message. */
    FAILED
}
