package org.switchboard.server.interactions;

/**
 * Told how an import advances: after every batch and every thousand records. Called on the thread that reads the
 * input (not the one that writes it to the database); keep it quick.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Progress that nobody watches. */
    ImportProgress NONE = (bytesRead, totalBytes, recordsRead, rejected) -> {};

    /**
     * The import went on.
     *
     * @param bytesRead bytes of the input read so far
     * @param totalBytes the size of the input as the caller gave it, or 0 or less when unknown
     * @param recordsRead records (contacts, agent events and rejected lines) read so far
     * @param rejected records rejected so far
     */
    void progressed(long bytesRead, long totalBytes, long recordsRead, long rejected);
}
