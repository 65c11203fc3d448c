package org.switchboard.engine.interactions.queuelog;

/**
 * Shares the field values a {@code queue_log} repeats on line after line (queue and agent names, verbs, "NONE", short
 * numbers) instead of copying each one out of its line: a direct-mapped cache of {@value #SLOTS} strings, a slot
 * chosen by the hash of the characters and replaced when another value lands on it. A value is returned from the
 * cache only when its characters are equal, so the result always equals {@code text.substring(start, end)}; the cache
 * only saves the copy (fewer allocations, less work for the garbage collector on a file of millions of lines).
 *
 * <p>One per parser; not thread-safe.
 */
final class RepeatedFields {

    private static final int SLOTS = 1 << 10;
    /** Longer values (caller ids, URLs) are rarely repeated; they are copied without a look-up. */
    private static final int MAX_LENGTH = 24;

    private final String[] values = new String[SLOTS];

    /**
     * {@return the characters {@code [start, end)} of the text as a string, shared when seen before}
     *
     * @param text the line
     * @param start first character, inclusive
     * @param end last character, exclusive
     */
    String value(String text, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return "";
        }
        if (length > MAX_LENGTH) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        var cached = values[slot];
        if (cached != null && cached.length() == length && text.regionMatches(start, cached, 0, length)) {
            return cached;
        }
        var value = text.substring(start, end);
        values[slot] = value;
        return value;
    }
}
