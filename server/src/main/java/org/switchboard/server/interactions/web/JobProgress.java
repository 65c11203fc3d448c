package org.switchboard.server.interactions.web;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * How far an upload import has got.
 *
 * @param bytesRead bytes of the file read so far
 * @param totalBytes the file's size, 0 when unknown
 * @param records records (contacts, agent events and rejected lines) read so far
 * @param rejected records rejected so far
 */
record JobProgress(long bytesRead, long totalBytes, long records, long rejected) {

    /** Nothing read yet of a file of unknown size. */
    static final JobProgress NONE = new JobProgress(0, 0, 0, 0);

    /** Validates the counts. */
    JobProgress {
        requireArgument(bytesRead >= 0 && totalBytes >= 0 && records >= 0 && rejected >= 0,
                "progress must not be negative: bytes=%d of %d, records=%d, rejected=%d",
                bytesRead, totalBytes, records, rejected);
    }

    /** {@return the share of the file read, 0–100 (whole per cent, rounded down); 0 when the size is unknown} */
    public int percent() {
        return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
    }
}
