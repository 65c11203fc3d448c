package org.switchboard.server.voice.api;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A batch of survey responses posted to the ingest API.
 *
 * @param survey the survey's code
 * @param source the sending system (1 to 32 characters): with each response id the natural key
 * @param policy {@code REJECT_FILE} (default) or {@code QUARANTINE}
 * @param zone the zone of local date-times (default: the centre's)
 * @param responses the responses, at most {@value SurveyIngestApi#MAX_RESPONSES}
 */
public record ResponseBatch(
        @Nullable String survey,
        @Nullable String source,
        @Nullable String policy,
        @Nullable String zone,
        @Nullable List<ResponseDocument> responses) {

    /**
     * One response.
     *
     * @param id the response's id in the source
     * @param answeredAt ISO-8601, with an offset or local to the zone
     * @param contactId the contact it is about
     * @param customer the customer's phone number or address (stored hashed)
     * @param channel VOICE, CHAT, EMAIL, MESSENGER, VIDEO or SMS
     * @param language the answer language, e.g. {@code ru}
     * @param team the respondent's team (staff surveys)
     * @param comment free text
     * @param answers answers by question code
     */
    public record ResponseDocument(
            @Nullable String id,
            @Nullable String answeredAt,
            @Nullable String contactId,
            @Nullable String customer,
            @Nullable String channel,
            @Nullable String language,
            @Nullable String team,
            @Nullable String comment,
            @Nullable Map<String, @Nullable Object> answers) {}
}
