package org.switchboard.engine.interactions.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts collected in memory and merged by key: the consumer of a {@link FactBuilder} when the whole result fits in
 * memory (a report over some files, a test). Not thread-safe.
 */
public final class FactTable {

    private final Map<FactKey, ContactFact> contactFacts = new HashMap<>();
    private final Map<AgentFactKey, AgentFact> agentFacts = new HashMap<>();

    /** Creates an empty table. */
    public FactTable() {}

    /**
     * Adds a contact fact, merging it with the fact of its key already held.
     *
     * @param fact the fact
     */
    public void add(ContactFact fact) {
        contactFacts.merge(fact.key(), fact, ContactFact::merge);
    }

    /**
     * Adds an agent fact, merging it with the fact of its key already held.
     *
     * @param fact the fact
     */
    public void add(AgentFact fact) {
        agentFacts.merge(fact.key(), fact, AgentFact::merge);
    }

    /** {@return the contact facts, one per key, by {@link FactKeys#ORDER}} */
    public List<ContactFact> contactFacts() {
        var out = new ArrayList<>(contactFacts.values());
        out.sort((a, b) -> FactKeys.ORDER.compare(a.key(), b.key()));
        return out;
    }

    /** {@return the agent facts, one per key, by {@link FactKeys#AGENT_ORDER}} */
    public List<AgentFact> agentFacts() {
        var out = new ArrayList<>(agentFacts.values());
        out.sort((a, b) -> FactKeys.AGENT_ORDER.compare(a.key(), b.key()));
        return out;
    }
}
