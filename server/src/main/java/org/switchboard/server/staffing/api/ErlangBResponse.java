package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.switchboard.server.staffing.LinesAnswer;

/**
 * Erlang B answer: the lines required (or given), their blocking, and the blocking of the numbers around them.
 *
 * @param trafficErlangs offered traffic in Erlangs
 * @param targetBlocking the blocking target
 * @param servers lines required for the target, or the number evaluated
 * @param blocking blocking at that number
 * @param carriedErlangs traffic carried: A·(1 − blocking)
 * @param occupancy carried traffic per line
 * @param meetsTarget whether the blocking is at most the target
 * @param around the numbers around the answer
 */
@Schema(description = "Erlang B: lines for a blocking target, or the blocking of a number of lines")
public record ErlangBResponse(
        double trafficErlangs,
        double targetBlocking,
        int servers,
        double blocking,
        double carriedErlangs,
        double occupancy,
        boolean meetsTarget,
        List<LinesAnswer.Row> around) {

    static ErlangBResponse of(double erlangs, double target, LinesAnswer.Row row, List<LinesAnswer.Row> around) {
        return new ErlangBResponse(
                erlangs,
                target,
                row.servers(),
                row.blocking(),
                row.carriedErlangs(),
                row.occupancy(),
                row.meetsTarget(),
                List.copyOf(around));
    }
}
