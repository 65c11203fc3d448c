package org.switchboard.server.shell;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Optional;

/**
 * What data Switchboard holds, as the home dashboard and {@code GET /api/v1/dashboard/data} show it: the interaction
 * data of {@link org.switchboard.server.interactions.DataInventory} and the customer survey responses of the voice
 * module ({@link org.switchboard.server.voice.ResponsesHeld}).
 *
 * @param contacts number of contacts
 * @param agentEvents number of agent-state events
 * @param surveyAnswers number of customer survey responses held (one per response, not per question answered; staff
 *     pulse answers are not counted). The name is kept from the first version of the API.
 * @param agents number of agents
 * @param firstArrival arrival of the earliest contact, absent when there are none
 * @param lastArrival arrival of the latest contact, absent when there are none
 */
@Schema(description = "Counts of the data held and the arrival period covered (UTC)")
public record DataHeld(
        long contacts,
        long agentEvents,
        @Schema(description = "Customer survey responses held (one per response, whatever the number of questions "
                + "answered; staff pulse answers are not counted)")
        long surveyAnswers,
        long agents,
        Optional<Instant> firstArrival,
        Optional<Instant> lastArrival) {

    /** {@return whether no contact, agent-state event or survey response is held yet} */
    @JsonIgnore
    public boolean isEmpty() {
        return contacts == 0 && agentEvents == 0 && surveyAnswers == 0;
    }
}
