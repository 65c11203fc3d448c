package org.switchboard.engine.interactions.queuelog;

import java.time.Instant;
import java.util.Optional;

/**
 * A call still in a queue when a file ended: entered, perhaps answered, not yet ended. Pass the open calls of one
 * file to {@link QueueLogAssembler#resume} for the next file, which completes them.
 *
 * @param callId the caller channel's uniqueid
 * @param queue the queue
 * @param arrival the ENTERQUEUE second
 * @param answer the CONNECT second, if answered
 * @param agent the member who answered, if answered
 * @param callerId the caller id number, if written
 * @param did the dialled number, if a DID line was written
 * @param file the file of the ENTERQUEUE line
 * @param line the line number of the ENTERQUEUE line
 */
public record OpenCall(
        String callId,
        String queue,
        Instant arrival,
        Optional<Instant> answer,
        Optional<String> agent,
        Optional<String> callerId,
        Optional<String> did,
        String file,
        long line) {}
