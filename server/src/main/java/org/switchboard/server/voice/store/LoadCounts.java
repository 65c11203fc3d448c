package org.switchboard.server.voice.store;

/**
 * What an import of responses did.
 *
 * @param read responses read
 * @param added responses stored for the first time
 * @param present responses already held (same natural key), left as they were
 * @param rejected lines rejected
 * @param unlinked responses stored whose contact id is not held
 */
public record LoadCounts(long read, long added, long present, long rejected, long unlinked) {}
