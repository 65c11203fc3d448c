package org.switchboard.server.interactions.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code POST /api/v1/ingest/agent-events} as the OpenAPI document describes it. The body itself is read
 * as a stream by {@link IngestBatchReader}, never bound to this record.
 *
 * @param source the sending system
 * @param zone the zone of local date-times
 * @param policy what a bad record does to the batch
 * @param records the events
 */
@Schema(name = "AgentEventBatch", description = "A batch of agent-state events; \"records\" must come last.")
record AgentEventBatchDocument(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 32, example = "pbx") String source,
        @Schema(example = "Europe/Berlin", description = "IANA zone id; default: the centre's zone") String zone,
        @Schema(allowableValues = {"REJECT_FILE", "QUARANTINE"}, defaultValue = "REJECT_FILE") String policy,
        @ArraySchema(
                        maxItems = IngestApi.MAX_RECORDS,
                        arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<Event> records) {

    /**
     * One agent-state event, with the fields of the AgentEvent model.
     *
     * @param agentId the agent
     * @param at when the agent entered the state
     * @param state the state entered
     * @param reason the pause reason (PAUSE only)
     * @param contactId the contact (ON_CONTACT and WRAP_UP only)
     */
    @Schema(name = "AgentEventRecord")
    record Event(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "a-7") String agentId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03-02T08:00:00Z") String at,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"LOGIN", "READY", "PAUSE", "ON_CONTACT", "WRAP_UP", "LOGOUT"}) String state,
            @Schema(example = "lunch") String reason,
            String contactId) {}
}
