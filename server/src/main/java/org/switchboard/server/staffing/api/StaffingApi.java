package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.switchboard.server.staffing.StaffingCalculator;

/** REST API of staffing: requirement, evaluation and Erlang B for one interval. */
@RestController
@RequestMapping(StaffingApi.PATH)
@Tag(name = "Staffing", description = "Erlang B, C and A: required agents and lines for one interval")
class StaffingApi {

    /** Base path of this API. */
    static final String PATH = "/api/v1/staffing";

    /** Numbers of lines on each side of the answer in an Erlang B response. */
    private static final int RADIUS = 5;

    private final StaffingCalculator calculator;

    StaffingApi(StaffingCalculator calculator) {
        this.calculator = calculator;
    }

    @PostMapping("/requirement")
    @Operation(
            summary = "Required agents of one interval",
            description = "The smallest number of agents meeting every target given at once (Erlang C or A), or the"
                    + " smallest number of lines whose blocking is at most blockingTarget (Erlang B); with the FTE for"
                    + " the shrinkage. Shares are fractions 0-1, times seconds. A rejected field is a 400 problem"
                    + " naming it.")
    IntervalResponse requirement(@RequestBody RequirementRequest request) {
        return IntervalResponse.from(calculator.solve(request.toQuestion()));
    }

    @PostMapping("/evaluate")
    @Operation(
            summary = "Figures of one interval at a given number of agents",
            description = "Service level, ASA, probability of waiting and of abandoning, occupancy (Erlang C or A) or"
                    + " blocking (Erlang B) at the given agents; infinite figures of an unstable queue are null with"
                    + " stable=false.")
    IntervalResponse evaluate(@RequestBody EvaluationRequest request) {
        var agents = IntervalFields.required(request.agents(), "agents");
        return IntervalResponse.from(calculator.evaluate(request.toQuestion(), agents));
    }

    @PostMapping("/erlang-b")
    @Operation(
            summary = "Lines, IVR ports or bot licences with Erlang B",
            description = "Traffic in Erlangs, or callsPerHour x holdingSeconds. Without servers: the smallest number"
                    + " whose blocking is at most targetBlocking (default 0.01); with servers: their blocking. The"
                    + " numbers around the answer come with it.")
    ErlangBResponse erlangB(@RequestBody ErlangBRequest request) {
        var erlangs = request.erlangs();
        var target = request.target();
        var answer = calculator.lines(erlangs, target, RADIUS);
        var servers = request.servers() == null ? answer.servers() : request.servers();
        var row = calculator.blockingAt(servers, erlangs, target);
        var around = IntStream.rangeClosed(Math.max(1, servers - RADIUS), servers + RADIUS)
                .mapToObj(n -> calculator.blockingAt(n, erlangs, target))
                .toList();
        return ErlangBResponse.of(erlangs, target, row, around);
    }
}
