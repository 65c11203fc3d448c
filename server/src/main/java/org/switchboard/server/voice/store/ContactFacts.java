package org.switchboard.server.voice.store;

import java.util.Optional;

/**
 * What a response inherits from its contact: where and by whom it was handled, how long the customer waited, whether
 * it was transferred, and whether the same customer came back within the repeat window (metrics.md §3).
 *
 * @param queue the contact's queue
 * @param agentId the agent who handled it, {@code ""} when none
 * @param team the agent's team, {@code ""} when unknown
 * @param channel the contact's channel
 * @param reasonCode the contact reason, if recorded
 * @param waitSeconds seconds from arrival to answer (to the end when not answered)
 * @param transferred whether the contact was transferred
 * @param repeatFollowed whether the customer's next contact came within the repeat window
 */
public record ContactFacts(
        String queue,
        String agentId,
        String team,
        String channel,
        Optional<String> reasonCode,
        int waitSeconds,
        boolean transferred,
        boolean repeatFollowed) {}
