package org.switchboard.server.interactions;

/**
 * An import stopped by an error that is not about a line of the input: an unreadable stream, a database failure. The
 * load is marked {@link LoadStatus#FAILED}; its committed batches (policy {@link RejectPolicy#QUARANTINE}) are stored.
 */
public class ImportFailedException extends RuntimeException {

    private final long loadId;

    ImportFailedException(long loadId, String fileName, Throwable cause) {
        super("import of " + fileName + " failed (load " + loadId + "): " + cause.getMessage(), cause);
        this.loadId = loadId;
    }

    /** {@return the failed load} */
    public long loadId() {
        return loadId;
    }
}
