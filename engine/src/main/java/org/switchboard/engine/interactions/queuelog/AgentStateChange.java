package org.switchboard.engine.interactions.queuelog;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.AgentState;

/**
 * A member's state change read from a {@code queue_log} line. Asterisk writes per-queue member lines (ADDMEMBER,
 * PAUSE…) and global ones (AGENTLOGIN, PAUSEALL…, queue {@code NONE}); each becomes one change, so a member of three
 * queues logs in three times — the consumer decides how to merge them (PAUSEALL is followed by per-queue PAUSE lines
 * on some systems: do not count both).
 *
 * @param at the second of the line
 * @param agent the member interface or agent
 * @param queue the queue, empty for global lines
 * @param state {@link AgentState#LOGIN}, {@link AgentState#LOGOUT}, {@link AgentState#PAUSE} or
 *     {@link AgentState#READY} (unpause)
 * @param reason the pause or unpause reason, if written
 * @param verb the verb of the line
 * @param line the line number
 */
public record AgentStateChange(
        Instant at,
        String agent,
        Optional<String> queue,
        AgentState state,
        Optional<String> reason,
        QueueLogVerb verb,
        long line) {

    /**
     * Validates the change.
     *
     * @throws IllegalArgumentException if the agent is blank or the state concerns a contact
     */
    public AgentStateChange {
        requireArgument(!agent.isBlank(), "agent must not be blank: line=%d", line);
        requireArgument(!state.concernsContact(), "queue_log member lines carry no contact states: state=%s", state);
    }
}
