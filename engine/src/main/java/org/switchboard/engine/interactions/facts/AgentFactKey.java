package org.switchboard.engine.interactions.facts;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;

/**
 * What an {@link AgentFact} is about: one agent (or a team after a roll-up) in the period starting at
 * {@code slotStart}, a 15-minute slot of the UTC epoch when built (see {@link FactKey} on why coarser local periods
 * are merges).
 *
 * @param slotStart the start of the period, on a 15-minute boundary of the UTC epoch
 * @param agentId the agent, or the group after a roll-up
 */
public record AgentFactKey(Instant slotStart, String agentId) {

    /**
     * Validates the key.
     *
     * @throws IllegalArgumentException if the slot start is not on a 15-minute boundary or the agent is blank
     */
    public AgentFactKey {
        requireArgument(
                FactKey.isSlotBoundary(slotStart), "slot start must be on a 15-minute boundary: %s", slotStart);
        requireArgument(!agentId.isBlank(), "agent must not be blank: slot=%s", slotStart);
    }
}
