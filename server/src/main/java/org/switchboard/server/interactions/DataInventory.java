package org.switchboard.server.interactions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Optional;

/**
 * What interaction data Switchboard holds: counts and the period covered. Used by the dashboard to say "no data yet"
 * or to name the data it shows.
 *
 * @param contacts number of contacts
 * @param agentEvents number of agent-state events
 * @param surveyAnswers number of survey answers
 * @param agents number of agents
 * @param firstArrival arrival of the earliest contact, absent when there are none
 * @param lastArrival arrival of the latest contact, absent when there are none
 */
public record DataInventory(
        long contacts,
        long agentEvents,
        long surveyAnswers,
        long agents,
        Optional<Instant> firstArrival,
        Optional<Instant> lastArrival) {

    /** {@return whether no contact data is held yet} */
    @JsonIgnore
    public boolean isEmpty() {
        return contacts == 0 && agentEvents == 0 && surveyAnswers == 0;
    }
}
