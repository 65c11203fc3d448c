package org.switchboard.server.interactions;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.List;
import java.util.Locale;
import org.switchboard.engine.core.InputProblem;

/**
 * What an import did. Every rejected line is kept in {@code import_rejection} ({@link Importer#forEachRejection});
 * {@link #problems()} lists the first {@value #MAX_LISTED_PROBLEMS} of them.
 *
 * @param loadId the load, to find its rejected lines and its row in {@code data_load}
 * @param status {@link LoadStatus#COMPLETED} or {@link LoadStatus#REJECTED}
 * @param counts records read, added, already present, changed and rejected
 * @param problems the first rejected records, in the order they were reported
 */
public record ImportOutcome(long loadId, LoadStatus status, LoadCounts counts, List<InputProblem> problems) {

    /** How many problems an outcome lists at most. */
    public static final int MAX_LISTED_PROBLEMS = 1_000;

    /**
     * Validates the outcome.
     *
     * @throws IllegalArgumentException if more problems are listed than were rejected, or than an outcome lists
     */
    public ImportOutcome {
        requireArgument(
                problems.size() <= counts.rejected() && problems.size() <= MAX_LISTED_PROBLEMS,
                "listed problems exceed the rejected ones: problems=%d, rejected=%d",
                problems.size(),
                counts.rejected());
        problems = List.copyOf(problems);
    }

    /** {@return the rejected records not listed in {@link #problems()}} */
    public long unlistedProblems() {
        return counts.rejected() - problems.size();
    }

    /** {@return whether the data was taken ({@link LoadStatus#COMPLETED}), rejected lines quarantined or not} */
    public boolean imported() {
        return status == LoadStatus.COMPLETED;
    }

    /** {@return the counts in words: "N new, M already present, K changed, R rejected"} */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "%d new, %d already present, %d changed, %d rejected",
                counts.added(),
                counts.alreadyPresent(),
                counts.changed(),
                counts.rejected());
    }
}
