package org.switchboard.server.interactions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One load of interaction data into Switchboard: an imported file or JSON batch, or the demo data set.
 *
 * @param id database id
 * @param source the data source of its rows, e.g. {@code demo}
 * @param description what was loaded, e.g. the file name and format, or the demo seed and period
 * @param actor who started the load
 * @param startedAt when it started
 * @param finishedAt when it finished, absent while running (or interrupted)
 * @param status where it stands; {@link LoadStatus#INTERRUPTED} for a running load whose process died
 * @param fileName the imported file, absent for loads that were no import
 * @param format the format of the imported file
 * @param policy the reject policy of the import
 * @param batchesCommitted batches committed so far (each batch commits its rows with these counters)
 * @param counts records read, added, already present, changed and rejected
 * @param firstArrival the earliest contact arrival or agent-event time written, absent when nothing was
 * @param lastArrival the latest contact arrival or agent-event time written, absent when nothing was
 */
public record DataLoad(
        long id,
        String source,
        String description,
        String actor,
        Instant startedAt,
        Optional<Instant> finishedAt,
        LoadStatus status,
        Optional<String> fileName,
        Optional<ImportFormat> format,
        Optional<RejectPolicy> policy,
        int batchesCommitted,
        LoadCounts counts,
        Optional<Instant> firstArrival,
        Optional<Instant> lastArrival) {

    /** Validates the mandatory fields. */
    public DataLoad {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
    }
}
