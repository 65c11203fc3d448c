package org.switchboard.engine.interactions.mapping;

/**
 * The fields of an agent-event row ({@link org.switchboard.engine.interactions.AgentEvent}). The reason is taken
 * for PAUSE rows only and the contact for ON_CONTACT and WRAP_UP rows only; other rows ignore them (sources often
 * repeat the last value in every row).
 */
public enum AgentEventField implements MappedField {
    /** The agent. */
    AGENT_ID("agentId", FieldType.TEXT),
    /** When the agent entered the state. */
    AT("at", FieldType.INSTANT),
    /** The state entered. */
    STATE("state", FieldType.AGENT_STATE),
    /** The pause reason. */
    REASON("reason", FieldType.TEXT),
    /** The contact of an ON_CONTACT or WRAP_UP event. */
    CONTACT_ID("contactId", FieldType.TEXT);

    private final String key;
    private final FieldType type;

    AgentEventField(String key, FieldType type) {
        this.key = key;
        this.type = type;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public FieldType type() {
        return type;
    }

    @Override
    public MappingKind kind() {
        return MappingKind.AGENT_EVENTS;
    }
}
