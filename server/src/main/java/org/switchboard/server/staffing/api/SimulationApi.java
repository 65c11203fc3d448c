package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.switchboard.server.staffing.StaffingSimulation;

/** REST API of the staffing simulation: one interval simulated beside the analytic model. */
@RestController
@RequestMapping(StaffingApi.PATH)
@Tag(name = "Staffing", description = "Erlang B, C and A: required agents and lines for one interval")
class SimulationApi {

    private final StaffingSimulation simulation;

    SimulationApi(StaffingSimulation simulation) {
        this.simulation = simulation;
    }

    @PostMapping("/simulate")
    @Operation(
            summary = "Simulate one interval beside the formula",
            description = "Discrete-event simulation of the queue with log-normal, deterministic or exponential handle"
                    + " times and patience, redials and a finite number of lines: each figure's mean over the"
                    + " replications with its 95 % confidence interval, beside Erlang X (lines or redials), Erlang A"
                    + " (patience) or Erlang C for the same inputs, and the formula's assumptions the inputs break."
                    + " Bounded: 5-50 replications, replications x callsPerReplication at most 2 000 000, redial"
                    + " probabilities at most 0.8. Shares are fractions 0-1, times seconds. A rejected field is a 400"
                    + " problem naming it.")
    SimulationResponse simulate(@RequestBody SimulationRequest request) {
        var question = request.toQuestion(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
        return SimulationResponse.from(simulation.simulate(question));
    }
}
