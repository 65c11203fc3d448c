package org.switchboard.server.interactions.api;

import org.springframework.http.HttpStatus;

/**
 * An ingest request refused as a whole: not JSON, a bad header field, or more records than a batch may hold. The
 * message names the place and the rule; it is sent to the caller as the detail of a problem document.
 */
final class IngestRequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    IngestRequestRefused(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    /** {@return the HTTP status of the answer: 400, or 413 for a batch that is too large} */
    HttpStatus status() {
        return status;
    }
}
