package org.switchboard.server.shell;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the dashboard. */
@RestController
@RequestMapping(DashboardApi.PATH)
@Tag(name = "Dashboard", description = "Overview of the data Switchboard holds")
class DashboardApi {

    /** Base path of this API. */
    static final String PATH = "/api/v1/dashboard";

    private final DataOverview overview;

    DashboardApi(DataOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/data")
    @Operation(
            summary = "Data held",
            description = "Counts of contacts, agent-state events, customer survey responses (field surveyAnswers: "
                    + "responses held by the customer-voice module, one per response; staff pulse answers are not "
                    + "counted) and agents, and the arrival period covered (UTC). Every role may call it.")
    DataHeld data() {
        return overview.held();
    }
}
