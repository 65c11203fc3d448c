package org.switchboard.server.voice.importing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A response that passed its checks, ready to store.
 *
 * @param line where it came from
 * @param responseId the id in the source
 * @param answeredAt when it was answered
 * @param contactId the contact it is about, if named
 * @param customerHash SHA-256 of the customer's address, if given
 * @param channel the channel named by the source, if any (a linked contact's channel wins)
 * @param language the language tag of the answers, {@code en} when none was given
 * @param team the respondent's team (staff surveys), if given
 * @param comment the comment, if any
 * @param answers the answers by question id
 */
public record CheckedResponse(
        long line,
        String responseId,
        Instant answeredAt,
        Optional<String> contactId,
        Optional<String> customerHash,
        Optional<String> channel,
        String language,
        Optional<String> team,
        Optional<String> comment,
        Map<Long, Integer> answers) {

    /** Copies the answers. */
    public CheckedResponse {
        answers = Map.copyOf(answers);
    }
}
