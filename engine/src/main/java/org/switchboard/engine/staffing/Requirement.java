package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The staffing an interval requires: agents on the phones and the full-time equivalents to schedule for them.
 *
 * <pre>
 *   FTE = N / (1 − shrinkage)
 * </pre>
 * (wfm.md "Staffing requirements"). Shrinkage is the share of paid time not available for contacts.
 *
 * @param agents agents N required on the queue, {@code >= 1}
 * @param fte full-time equivalents after shrinkage, {@code >= agents}
 * @param performance the queue's performance with N agents
 */
public record Requirement(int agents, double fte, QueuePerformance performance) {

    /**
     * Validates the requirement.
     *
     * @throws IllegalArgumentException if agents &lt; 1, FTE is below agents or not finite, or the performance is for
     *     another number of agents
     */
    public Requirement {
        requireArgument(agents >= 1, "agents must be at least 1: agents=%d", agents);
        requireArgument(
                Double.isFinite(fte) && fte >= agents, "fte must be finite and >= agents: fte=%s, agents=%d", fte, agents);
        requireArgument(
                performance.agents() == agents,
                "performance must be for the required agents: agents=%d, performance.agents=%d",
                agents,
                performance.agents());
    }
}
