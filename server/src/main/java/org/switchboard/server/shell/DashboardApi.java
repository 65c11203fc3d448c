package org.switchboard.server.shell;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.switchboard.server.interactions.DataInventory;
import org.switchboard.server.interactions.InteractionStore;

/** REST API of the dashboard. */
@RestController
@RequestMapping(DashboardApi.PATH)
@Tag(name = "Dashboard", description = "Overview of the data Switchboard holds")
class DashboardApi {

    /** Base path of this API. */
    static final String PATH = "/api/v1/dashboard";

    private final InteractionStore interactions;

    DashboardApi(InteractionStore interactions) {
        this.interactions = interactions;
    }

    @GetMapping("/data")
    @Operation(
            summary = "Interaction data held",
            description = "Counts of contacts, agent-state events, survey answers and agents, and the arrival period "
                    + "covered (UTC). Every role may call it.")
    DataInventory data() {
        return interactions.inventory();
    }
}
