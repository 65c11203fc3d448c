package org.switchboard.server.schedules;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored shift of one agent on one local day, with its breaks: what a schedule version holds and what is exported
 * and compared with the agent-state events.
 *
 * @param agentId the agent's id in the interaction data
 * @param day the local day the shift starts on
 * @param skill the skill the agent works during the shift
 * @param template the name of the shift template it follows
 * @param start when the shift starts
 * @param end when it ends, after {@code start}
 * @param breaks the breaks, in time order, inside the shift and not overlapping
 */
public record RosterShift(
        String agentId, LocalDate day, String skill, String template, Instant start, Instant end, List<RosterBreak> breaks) {

    /**
     * Validates the shift and copies the breaks.
     *
     * @throws IllegalArgumentException if the agent is blank, {@code end} is not after {@code start}, or a break lies
     *     outside the shift or overlaps the one before it
     */
    public RosterShift {
        requireArgument(!agentId.isBlank(), "shift needs an agent: day=%s", day);
        requireArgument(end.isAfter(start), "shift must end after it starts: agent=%s, day=%s", agentId, day);
        breaks = List.copyOf(breaks);
        var previousEnd = start;
        for (var item : breaks) {
            requireArgument(
                    !item.start().isBefore(previousEnd) && !item.end().isAfter(end),
                    "breaks must lie inside the shift in order: agent=%s, day=%s, break=%s",
                    agentId,
                    day,
                    item);
            previousEnd = item.end();
        }
    }

    /** {@return the shift's length from start to end, breaks included} */
    public Duration length() {
        return Duration.between(start, end);
    }

    /** {@return the time the agent is scheduled to work: the length less every break} */
    public Duration workTime() {
        return breaks.stream().map(RosterBreak::length).reduce(length(), Duration::minus);
    }
}
