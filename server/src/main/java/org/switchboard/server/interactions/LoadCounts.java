package org.switchboard.server.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * What a load read and what became of it. Every record read is added, already present, changed or rejected, except in
 * a file refused by {@link RejectPolicy#REJECT_FILE}, where nothing is stored and only {@code read} and
 * {@code rejected} are counted.
 *
 * @param read records read: contacts, agent events and rejected lines
 * @param added records stored that were not there before
 * @param alreadyPresent records stored already with the same values
 * @param changed records stored already with other values, now updated
 * @param rejected records rejected
 */
public record LoadCounts(long read, long added, long alreadyPresent, long changed, long rejected) {

    /** Nothing read yet. */
    public static final LoadCounts NONE = new LoadCounts(0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public LoadCounts {
        requireArgument(
                read >= 0 && added >= 0 && alreadyPresent >= 0 && changed >= 0 && rejected >= 0,
                "counts must not be negative: read=%d, added=%d, present=%d, changed=%d, rejected=%d",
                read,
                added,
                alreadyPresent,
                changed,
                rejected);
    }

    /** {@return the records stored by the load: added and changed} */
    public long written() {
        return added + changed;
    }
}
