package org.switchboard.engine.interactions.mapping;

import java.util.List;

/** What a mapped file holds: contacts or agent-state events. */
public enum MappingKind {
    /** One contact ({@link org.switchboard.engine.interactions.Interaction}) per row; fields {@link ContactField}. */
    CONTACTS,
    /** One agent event ({@link org.switchboard.engine.interactions.AgentEvent}) per row; fields {@link AgentEventField}. */
    AGENT_EVENTS;

    /** {@return the fields a profile of this kind may map, in declaration order} */
    public List<MappedField> fields() {
        return switch (this) {
            case CONTACTS -> List.of(ContactField.values());
            case AGENT_EVENTS -> List.of(AgentEventField.values());
        };
    }
}
