package org.switchboard.engine.interactions.mapping;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * What one file gave.
 *
 * @param rows the data rows read (header excluded)
 * @param accepted the rows delivered as a contact or an agent event
 * @param rejected the rows reported as problems (a row with several problems counts once); file-level problems
 *     (empty file, missing column) reject no row
 */
public record ReadCounts(long rows, long accepted, long rejected) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative or accepted and rejected do not add up to the rows
     */
    public ReadCounts {
        requireArgument(
                accepted >= 0 && rejected >= 0 && accepted + rejected == rows,
                "accepted + rejected = rows, none negative: rows=%d, accepted=%d, rejected=%d",
                rows,
                accepted,
                rejected);
    }
}
