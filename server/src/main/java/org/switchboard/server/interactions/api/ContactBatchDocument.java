package org.switchboard.server.interactions.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/v1/ingest/contacts} as the OpenAPI document describes it. The body itself is read as a
 * stream by {@link IngestBatchReader}, never bound to this record.
 *
 * @param source the sending system
 * @param zone the zone of local date-times
 * @param policy what a bad record does to the batch
 * @param records the contacts
 */
@Schema(name = "ContactBatch", description = "A batch of contacts; \"records\" must come last.")
record ContactBatchDocument(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 32, example = "crm") String source,
        @Schema(example = "Europe/Berlin", description = "IANA zone id; default: the centre's zone") String zone,
        @Schema(allowableValues = {"REJECT_FILE", "QUARANTINE"}, defaultValue = "REJECT_FILE") String policy,
        @ArraySchema(
                        maxItems = IngestApi.MAX_RECORDS,
                        arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
        List<Contact> records) {

    /**
     * One contact, with the fields of the Interaction model.
     *
     * @param sourceId id in the sending system
     * @param channel the channel
     * @param queue the queue
     * @param direction inbound or outbound
     * @param customer phone number or address
     * @param arrivedAt when it entered the queue
     * @param answeredAt when an agent took it (answered and transferred contacts only)
     * @param endedAt when the talk ended or it left the queue unanswered
     * @param wrapEndedAt end of after-contact work
     * @param agentId the agent (answered and transferred contacts only)
     * @param disposition how it left the queue
     * @param reasonCode contact reason
     * @param sale whether it ended with a sale
     * @param revenue the value of the sale
     */
    @Schema(name = "ContactRecord")
    record Contact(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1740902400.17") String sourceId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"VOICE", "CHAT", "EMAIL", "MESSENGER", "VIDEO", "SMS"}) String channel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "sales") String queue,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"INBOUND", "OUTBOUND"})
            String direction,
            @Schema(example = "+49 30 1234567") String customer,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03-02T08:00:00Z") String arrivedAt,
            @Schema(example = "2026-03-02T08:00:12Z") String answeredAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03-02T08:03:12Z") String endedAt,
            @Schema(example = "2026-03-02T08:04:00Z") String wrapEndedAt,
            @Schema(example = "a-7") String agentId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"ANSWERED", "ABANDONED", "SHORT_ABANDON", "OVERFLOWED", "TRANSFERRED"})
            String disposition,
            String reasonCode,
            Boolean sale,
            BigDecimal revenue) {}
}
