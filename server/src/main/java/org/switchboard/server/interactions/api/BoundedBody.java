package org.switchboard.server.interactions.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;

/**
 * A request body that may not exceed a number of bytes: reading past it refuses the request with 413, so that a
 * batch of few but huge records cannot tie up the server either.
 */
final class BoundedBody extends FilterInputStream {

    private final long maxBytes;
    private long read;

    BoundedBody(InputStream body, long maxBytes) {
        super(body);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    private void count(int bytes) {
        read += bytes;
        if (read > maxBytes) {
            throw new IngestRequestRefused(HttpStatus.CONTENT_TOO_LARGE,
                    "a request body holds at most " + maxBytes + " bytes; send smaller batches");
        }
    }
}
