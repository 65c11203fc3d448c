package org.switchboard.engine.interactions.queuelog;

/** The part of a {@code queue_log} line a {@link ParseProblem} is about. */
public enum QueueLogField {
    /** The line as a whole (too few fields, a call event without its call). */
    LINE,
    /** Field 1: the epoch second. */
    TIME,
    /** Field 2: the call's uniqueid, or {@code NONE}/{@code MANAGER}/… for member and system events. */
    CALL_ID,
    /** Field 3: the queue name, {@code NONE} for global events. */
    QUEUE,
    /** Field 4: the member interface or agent, {@code NONE} for caller-side events. */
    AGENT,
    /** Field 5: the event verb. */
    VERB,
    /** Fields 6 and later: the verb's data. */
    DATA
}
