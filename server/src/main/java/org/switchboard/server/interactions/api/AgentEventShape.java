package org.switchboard.server.interactions.api;

import java.util.Optional;
import java.util.Set;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.interactions.AgentEvent;

/**
 * An agent-state event as JSON: the fields of {@link AgentEvent}, named as there. Required: {@code agentId}, {@code at}
 * and {@code state}; {@code reason} goes with PAUSE only, {@code contactId} with ON_CONTACT and WRAP_UP only.
 */
record AgentEventShape() implements RecordShape<AgentEvent> {

    private static final Set<String> FIELDS = Set.of("agentId", "at", "state", "reason", "contactId");

    @Override
    public Optional<AgentEvent> build(RecordFields fields) {
        fields.rejectUnknown(FIELDS);
        var agentId = fields.text("agentId");
        var at = fields.instant("at");
        var state = fields.constant("state", AgentState.class);
        var reason = fields.optionalText("reason");
        var contactId = fields.optionalText("contactId");
        return RecordShape.checked(fields, agentId, () ->
                new AgentEvent(agentId, at.orElseThrow(), state.orElseThrow(), reason, contactId));
    }
}
