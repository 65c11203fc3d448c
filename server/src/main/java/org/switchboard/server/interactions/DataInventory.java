package org.switchboard.server.interactions;

import java.time.Instant;
import java.util.Optional;

/**
 * What interaction data Switchboard holds: counts and the period covered. Used by the dashboard to say "no data yet"
 * or to name the data it shows.
 *
 * @param contacts number of contacts
 * @param agentEvents number of agent-state events
 * @param agents number of agents
 * @param firstArrival arrival of the earliest contact, absent when there are none
 * @param lastArrival arrival of the latest contact, absent when there are none
 */
public record DataInventory(
        long contacts,
        long agentEvents,
        long agents,
        Optional<Instant> firstArrival,
        Optional<Instant> lastArrival) {}
