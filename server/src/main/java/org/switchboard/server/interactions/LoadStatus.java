package org.switchboard.server.interactions;

/** Where a {@link DataLoad load} of interaction data stands. */
public enum LoadStatus {

    /** Reading and writing; its committed batches are stored. */
    RUNNING,
    /** Read to the end; every valid record is stored. */
    COMPLETED,
    /** Refused by {@link RejectPolicy#REJECT_FILE}: a line was rejected, nothing is stored. */
    REJECTED,
    /** Stopped by an error (unreadable input, database failure); batches committed before it are stored. */
    FAILED,
    /**
     * Never stored: how a {@link #RUNNING} load is shown once its process died (no heartbeat for a while). Its
     * committed batches are stored; importing the same file again adds the rest.
     */
    INTERRUPTED
}
