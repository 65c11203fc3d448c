package org.switchboard.server.interactions.web;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.interactions.ImportOutcome;

/**
 * One upload being imported in the background: who started it, on which file, how far it has got, and at the end
 * its outcome or why it failed. Written by the importing thread, read by the progress requests; every field that
 * changes is volatile and replaced whole.
 */
final class ImportJob {

    /** Where a job stands. */
    enum State {
        /** Reading and writing. */
        RUNNING,
        /** Read to the end: the outcome says what was stored and rejected. */
        FINISHED,
        /** Stopped by an error; batches committed before it are stored. */
        FAILED
    }

    private final String id;
    private final String owner;
    private final String fileName;
    private final Instant startedAt;
    private volatile JobProgress progress = JobProgress.NONE;
    private volatile @Nullable ImportOutcome outcome;
    private volatile @Nullable String failure;

    ImportJob(String id, String owner, String fileName, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    /** {@return the job's id, random and unguessable} */
    public String id() {
        return id;
    }

    /** {@return who uploaded the file} */
    public String owner() {
        return owner;
    }

    /** {@return the file's name as uploaded} */
    public String fileName() {
        return fileName;
    }

    /** {@return when the upload was received} */
    public Instant startedAt() {
        return startedAt;
    }

    /** {@return how far the import has got} */
    public JobProgress progress() {
        return progress;
    }

    /** {@return where the job stands} */
    public State state() {
        if (outcome != null) {
            return State.FINISHED;
        }
        return failure != null ? State.FAILED : State.RUNNING;
    }

    /** {@return the outcome of a finished job} */
    public Optional<ImportOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** {@return the reason a failed job stopped, for the log and the page} */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    void progressed(JobProgress now) {
        progress = now;
    }

    void finished(ImportOutcome result) {
        outcome = result;
    }

    void failed(String reason) {
        failure = reason;
    }
}
