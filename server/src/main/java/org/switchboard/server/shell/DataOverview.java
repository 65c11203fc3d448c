package org.switchboard.server.shell;

import org.springframework.stereotype.Component;
import org.switchboard.server.interactions.InteractionStore;
import org.switchboard.server.voice.ResponsesHeld;

/**
 * Gathers what data is held for the home dashboard and its API: interaction data from the interactions module and the
 * customer survey responses from the voice module, each asked through its public type.
 */
@Component
class DataOverview {

    private final InteractionStore interactions;
    private final ResponsesHeld surveyResponses;

    DataOverview(InteractionStore interactions, ResponsesHeld surveyResponses) {
        this.interactions = interactions;
        this.surveyResponses = surveyResponses;
    }

    /** {@return the data held now} */
    DataHeld held() {
        var inventory = interactions.inventory();
        return new DataHeld(inventory.contacts(), inventory.agentEvents(), surveyResponses.count(), inventory.agents(),
                inventory.firstArrival(), inventory.lastArrival());
    }
}
