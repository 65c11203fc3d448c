package org.switchboard.server.kpi.facts;

import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.switchboard.engine.core.Channel;

/**
 * Which contact facts to read: the slots in [{@code from}, {@code to}), optionally one queue, one channel and a set of
 * agents, per agent or with the agents rolled up.
 *
 * @param from the first slot's start (included)
 * @param to the end (excluded)
 * @param queue only this queue, if present
 * @param channel only this channel, if present
 * @param agents only these agents, if present (an empty set matches no fact)
 * @param perAgent whether to read the facts per agent (from {@code contact_fact}); else the agents are rolled up (from
 *     {@code queue_fact}, which answers faster); always per agent when agents are given
 */
public record FactQuery(
        Instant from,
        Instant to,
        Optional<String> queue,
        Optional<Channel> channel,
        Optional<Set<String>> agents,
        boolean perAgent) {

    /**
     * Validates the range and copies the agents.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public FactQuery {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("fact query: to " + to + " is before from " + from);
        }
        agents = agents.map(TreeSet::new).map(Collections::unmodifiableSortedSet);
        perAgent = perAgent || agents.isPresent();
    }

    /** {@return the facts of every queue, channel and agent in [from, to), agents rolled up} */
    public static FactQuery all(Instant from, Instant to) {
        return new FactQuery(from, to, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** {@return the table that answers this query} */
    FactTable table() {
        return perAgent ? FactTable.CONTACTS : FactTable.CONTACTS_ROLLED_UP;
    }
}
