package org.switchboard.engine.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.AgentState;

/**
 * An agent entered a state, as an importer read it from a source system; the agent stays in it until its next event.
 *
 * @param agentId the agent
 * @param at when the agent entered the state (UTC)
 * @param state the state entered
 * @param reason the pause reason as the source names it (break, lunch, training…), only with {@link AgentState#PAUSE}
 * @param contactId the contact an {@link AgentState#ON_CONTACT} or {@link AgentState#WRAP_UP} event concerns, if the
 *     source names it
 */
public record AgentEvent(
        String agentId, Instant at, AgentState state, Optional<String> reason, Optional<String> contactId) {

    /**
     * Validates the event.
     *
     * @throws IllegalArgumentException if the agent is blank, a reason goes with another state than PAUSE, or a
     *     contact with another state than ON_CONTACT or WRAP_UP
     */
    public AgentEvent {
        requireArgument(!agentId.isBlank(), "agent must not be blank: at=%s", at);
        requireArgument(
                reason.isEmpty() || state == AgentState.PAUSE,
                "a reason goes with PAUSE only: agent=%s, state=%s, reason=%s",
                agentId,
                state,
                reason);
        requireArgument(
                contactId.isEmpty() || state.concernsContact(),
                "a contact goes with ON_CONTACT and WRAP_UP only: agent=%s, state=%s, contact=%s",
                agentId,
                state,
                contactId);
    }
}
