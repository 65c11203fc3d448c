package org.switchboard.server.voice;

import java.util.Map;

/**
 * One response as it arrived, before any check: a row of a file read through a {@link ColumnMapping}, or one response
 * of a REST batch. Every value is text as found; {@code ""} when the source has no such column or left it empty.
 *
 * @param line the 1-based line (spreadsheet row, or index in a REST batch)
 * @param responseId the response's id in the source: with the survey and the source its natural key
 * @param answeredAt when it was answered, as written
 * @param contactId the contact the response is about
 * @param customer the customer's phone number or address (stored only as a hash)
 * @param channel the channel of the contact, e.g. {@code VOICE}
 * @param language the language the customer answered in, e.g. {@code ru}
 * @param team the respondent's team (staff surveys only)
 * @param comment free-text comment
 * @param answers the answers by question code, as written
 */
public record RawResponse(
        long line,
        String responseId,
        String answeredAt,
        String contactId,
        String customer,
        String channel,
        String language,
        String team,
        String comment,
        Map<String, String> answers) {

    /** Copies the answers. */
    public RawResponse {
        answers = Map.copyOf(answers);
    }
}
