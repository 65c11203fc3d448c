package org.switchboard.engine.interactions.facts;

import java.time.Instant;
import org.switchboard.engine.core.AgentState;

/**
 * An agent state that lasted longer than {@link FactSettings#maxOpenState()} without a further event (a lost LOGOUT
 * or UNPAUSE line, an agent who never logged out): it was counted only up to {@code cutAt}, and the agent counts as
 * logged out from then until the next event.
 *
 * @param agentId the agent
 * @param state the state entered at {@code since} ({@link AgentState#LOGIN} counts as ready)
 * @param since when the agent entered it
 * @param cutAt where it was cut: {@code since} + the maximum
 */
public record CappedState(String agentId, AgentState state, Instant since, Instant cutAt) {}
