package org.switchboard.engine.interactions.queuelog;

import java.time.Instant;
import java.util.List;

/**
 * The calls an earlier run of {@link QueueLogReader} left open (entered, perhaps answered, not ended), for a reader to
 * continue: a call that enters the queue at the end of {@code queue_log.1} and ends in {@code queue_log} is assembled
 * whole when the two files are imported one after the other. The reader asks once, at the first line it reads, so the
 * answer can depend on where the new input starts (a re-imported file continues the calls open before it, not those
 * open after it).
 */
@FunctionalInterface
public interface EarlierCalls {

    /** No earlier calls: every run starts with an empty queue. */
    EarlierCalls NONE = firstLine -> List.of();

    /**
     * {@return the calls open just before the input that starts at this line}
     *
     * @param firstLine the time of the first line the reader reads
     */
    List<OpenCall> openBefore(Instant firstLine);
}
