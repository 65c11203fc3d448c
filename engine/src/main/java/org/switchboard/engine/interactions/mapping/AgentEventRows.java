package org.switchboard.engine.interactions.mapping;

import static org.switchboard.engine.interactions.mapping.AgentEventField.AGENT_ID;
import static org.switchboard.engine.interactions.mapping.AgentEventField.AT;
import static org.switchboard.engine.interactions.mapping.AgentEventField.CONTACT_ID;
import static org.switchboard.engine.interactions.mapping.AgentEventField.REASON;
import static org.switchboard.engine.interactions.mapping.AgentEventField.STATE;

import java.util.Optional;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.interactions.AgentEvent;

/** Reads one agent event from a row's values (see {@link AgentEventField} for the reason and contact rules). */
final class AgentEventRows {

    private AgentEventRows() {}

    /** {@return the row's event, empty when the row has problems (recorded in {@code row})} */
    static Optional<AgentEvent> event(RowValues row) {
        var agent = row.required(AGENT_ID);
        var at = row.required(AT).flatMap(text -> row.instant(AT));
        var state = row.code(STATE, AgentState.class, true);
        if (row.hasProblems() || agent.isEmpty() || at.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        var reason = state.get() == AgentState.PAUSE ? row.text(REASON) : Optional.<String>empty();
        var contact = state.get().concernsContact() ? row.text(CONTACT_ID) : Optional.<String>empty();
        return Optional.of(new AgentEvent(agent.get(), at.get(), state.get(), reason, contact));
    }
}
