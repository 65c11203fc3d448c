package org.switchboard.server.interactions.web;

import java.util.Optional;

/**
 * One rejected line as the pages and the rejects file show it, its value and raw text masked for roles that may not
 * see customer data.
 *
 * @param rejectionId the id of the kept rejection (for quarantine actions), absent for problems only listed
 * @param file the file the line came from
 * @param line the 1-based line number, 0 for the file as a whole
 * @param field the column or part of the line at fault
 * @param value the value as found (masked where needed)
 * @param reason why it was rejected, in English as the reader wrote it
 * @param rawText the whole line as read (masked where needed), when kept
 * @param status {@code QUARANTINED}, {@code REFUSED}, {@code RESUBMITTED} or {@code DISCARDED}; absent for problems
 *     only listed
 */
record ProblemRow(
        Optional<Long> rejectionId,
        String file,
        long line,
        String field,
        String value,
        String reason,
        Optional<String> rawText,
        Optional<String> status) {

    /** {@return whether the line waits in quarantine, so that it can be fixed, re-submitted or discarded} */
    public boolean isQuarantined() {
        return status.filter("QUARANTINED"::equals).isPresent();
    }
}
