package org.switchboard.engine.interactions.queuelog;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;
import java.util.List;

/**
 * Where a run of {@link QueueLogReader} stopped: the times of the lines it read and the calls still open, to continue
 * in the next run ({@link EarlierCalls}).
 *
 * @param firstLine the time of the first line read
 * @param newestLine the time of the newest line read
 * @param open the calls still open, by arrival
 */
public record QueueLogEnd(Instant firstLine, Instant newestLine, List<OpenCall> open) {

    /**
     * Validates the end and copies the calls.
     *
     * @throws IllegalArgumentException if the newest line is before the first
     */
    public QueueLogEnd {
        requireArgument(
                !newestLine.isBefore(firstLine), "newest line before first: first=%s, newest=%s", firstLine, newestLine);
        open = List.copyOf(open);
    }
}
