package org.switchboard.engine.interactions.facts;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Orders of fact keys and the key functions of roll-ups: each maps a fine key to the coarser key it belongs to, and
 * {@link Rollups} merges the facts that map to the same key. Compose them with {@link Function#andThen}.
 */
public final class FactKeys {

    /** Contact-fact keys by period start, queue, channel, direction, agent. */
    public static final Comparator<FactKey> ORDER = Comparator.comparing(FactKey::slotStart)
            .thenComparing(FactKey::queue)
            .thenComparing(FactKey::channel)
            .thenComparing(FactKey::direction)
            .thenComparing(FactKey::agentId);

    /** Agent-fact keys by period start, agent. */
    public static final Comparator<AgentFactKey> AGENT_ORDER =
            Comparator.comparing(AgentFactKey::slotStart).thenComparing(AgentFactKey::agentId);

    private FactKeys() {}

    /**
     * {@return a key function moving each key to the start of its period}
     *
     * @param period the periods to roll up to, in their zone's local time
     */
    public static UnaryOperator<FactKey> toPeriod(PeriodGrid period) {
        return key -> key.withSlotStart(period.startOf(key.slotStart()));
    }

    /**
     * {@return a key function moving each agent key to the start of its period}
     *
     * @param period the period to roll up to
     */
    public static UnaryOperator<AgentFactKey> agentToPeriod(PeriodGrid period) {
        return key -> new AgentFactKey(period.startOf(key.slotStart()), key.agentId());
    }

    /**
     * {@return a key function replacing each queue by its group}
     *
     * @param groupOfQueue the group of each queue (e.g. a line of business)
     */
    public static UnaryOperator<FactKey> toQueueGroup(Function<String, String> groupOfQueue) {
        return key -> key.withQueue(groupOfQueue.apply(key.queue()));
    }

    /**
     * {@return a key function replacing each agent by a group (a team); contacts no agent took stay {@code ""}}
     *
     * @param groupOfAgent the group of each agent
     */
    public static UnaryOperator<FactKey> toAgentGroup(Function<String, String> groupOfAgent) {
        return key -> key.agentId().equals(FactKey.NO_AGENT)
                ? key
                : key.withAgentId(groupOfAgent.apply(key.agentId()));
    }

    /**
     * {@return a key function replacing each agent of an agent fact by a group (a team)}
     *
     * @param groupOfAgent the group of each agent
     */
    public static UnaryOperator<AgentFactKey> agentToGroup(Function<String, String> groupOfAgent) {
        return key -> new AgentFactKey(key.slotStart(), groupOfAgent.apply(key.agentId()));
    }

    /** {@return a key function dropping the agent, so a queue's facts merge over all agents} */
    public static UnaryOperator<FactKey> allAgents() {
        return key -> key.withAgentId(FactKey.NO_AGENT);
    }
}
