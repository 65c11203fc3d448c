package org.switchboard.server.interactions.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.server.interactions.ImportOutcome;

/**
 * What an ingest request did.
 *
 * @param loadId the load that recorded it
 * @param status {@code COMPLETED} (the valid records stored) or {@code REJECTED} (policy REJECT_FILE and a record was
 *     bad: nothing stored)
 * @param added records stored that were not there before
 * @param alreadyPresent records stored already with the same values
 * @param changed records stored already with other values, now updated
 * @param rejected records not taken
 * @param problems the first problems: file {@code request}, line = the record's 1-based index, field, value, reason
 */
@Schema(description = "What an ingest request did.")
record IngestResponse(
        long loadId,
        @Schema(allowableValues = {"COMPLETED", "REJECTED"}) String status,
        long added,
        long alreadyPresent,
        long changed,
        long rejected,
        List<InputProblem> problems) {

    /** Copies the problems. */
    IngestResponse {
        problems = List.copyOf(problems);
    }

    /** {@return the response of an import's outcome} */
    static IngestResponse of(ImportOutcome outcome) {
        var counts = outcome.counts();
        return new IngestResponse(
                outcome.loadId(),
                outcome.status().name(),
                counts.added(),
                counts.alreadyPresent(),
                counts.changed(),
                counts.rejected(),
                outcome.problems());
    }
}
