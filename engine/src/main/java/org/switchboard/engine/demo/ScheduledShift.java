package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A planned shift of one agent on one day: the schedule that adherence and shrinkage are measured against.
 *
 * @param agentId the agent
 * @param day the local day the shift starts on
 * @param start planned login
 * @param end planned logout, after {@code start}
 * @param absent whether the agent was absent (sick) that day: no agent-state events then
 * @param pauses planned pauses inside the shift, in time order, not overlapping; empty when absent
 */
public record ScheduledShift(
        String agentId, LocalDate day, Instant start, Instant end, boolean absent, List<ScheduledPause> pauses) {

    /**
     * Validates the shift and copies the pauses.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}, an absent shift has pauses, or a
     *     pause lies outside the shift or overlaps the one before it
     */
    public ScheduledShift {
        requireArgument(end.isAfter(start), "shift must end after it starts: agent=%s, day=%s", agentId, day);
        requireArgument(!absent || pauses.isEmpty(), "an absent shift has no pauses: agent=%s, day=%s", agentId, day);
        pauses = List.copyOf(pauses);
        var previousEnd = start;
        for (var pause : pauses) {
            requireArgument(
                    !pause.start().isBefore(previousEnd) && !pause.end().isAfter(end),
                    "pauses must lie inside the shift in order: agent=%s, day=%s, pause=%s",
                    agentId,
                    day,
                    pause);
            previousEnd = pause.end();
        }
    }
}
