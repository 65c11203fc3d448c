package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.core.AgentState;

/**
 * An agent entered a state; the agent stays in it until its next event.
 *
 * <p>On a queue with concurrency above 1, each chat the agent takes is an {@link AgentState#ON_CONTACT} event of its
 * own, even when the agent already was on contact; the agent leaves {@code ON_CONTACT} (for {@code READY},
 * {@code PAUSE} or {@code LOGOUT}) only when the last open chat ends. Per-chat timing is in the {@link Contact}s.
 *
 * @param agentId the agent
 * @param at when the agent entered the state, whole seconds
 * @param state the state entered
 * @param pauseReason the reason, present exactly when {@code state} is {@link AgentState#PAUSE}
 * @param contactId the contact, present exactly when {@code state} is {@link AgentState#ON_CONTACT} or
 *     {@link AgentState#WRAP_UP}
 */
public record AgentStateEvent(
        String agentId, Instant at, AgentState state, Optional<PauseReason> pauseReason, Optional<String> contactId) {

    /**
     * Validates the event.
     *
     * @throws IllegalArgumentException if the pause reason or the contact is present for the wrong state
     */
    public AgentStateEvent {
        requireArgument(
                pauseReason.isPresent() == (state == AgentState.PAUSE),
                "a pause reason goes with PAUSE only: agent=%s, state=%s, reason=%s",
                agentId,
                state,
                pauseReason);
        requireArgument(
                contactId.isPresent() == state.concernsContact(),
                "a contact goes with ON_CONTACT and WRAP_UP only: agent=%s, state=%s, contact=%s",
                agentId,
                state,
                contactId);
    }
}
