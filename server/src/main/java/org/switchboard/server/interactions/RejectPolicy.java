package org.switchboard.server.interactions;

import java.util.Optional;

/** What an import does with a file that has lines it cannot take. Every rejected line is reported either way. */
public enum RejectPolicy {

    /**
     * Any rejected line refuses the whole file: nothing is stored (the file is written in one transaction that is
     * rolled back), and every problem is reported and kept in {@code import_rejection} with status {@code REFUSED}.
     */
    REJECT_FILE,
    /**
     * The valid lines are stored, each batch in its own transaction; the rejected ones are kept in
     * {@code import_rejection} with status {@code QUARANTINED}, to fix and re-submit.
     */
    QUARANTINE;

    /** {@return the name on the command line and in the API, e.g. {@code reject-file}} */
    public String slug() {
        return Slugs.of(this);
    }

    /**
     * {@return the policy of a slug, if it names one}
     *
     * @param slug {@code reject-file} or {@code quarantine}; case does not matter
     */
    public static Optional<RejectPolicy> fromSlug(String slug) {
        return Slugs.find(values(), slug);
    }
}
