package org.switchboard.server.interactions.api;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.engine.core.InputProblem;

/**
 * One ingest request as read: its header and every record, each either taken or reported as a problem.
 *
 * @param source the name of the sending system, the natural-key prefix of its records
 * @param zone the zone of date-times sent without an offset
 * @param policy the reject policy's name as sent, empty for the default
 * @param records the records that were read without a problem, in request order
 * @param problems one or more problems for each record that was not taken
 * @param recordCount how many records the request held
 * @param <T> the kind of record
 */
record IngestBatch<T>(
        String source,
        ZoneId zone,
        Optional<String> policy,
        List<T> records,
        List<InputProblem> problems,
        int recordCount) {

    /** Copies the lists. */
    IngestBatch {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(zone, "zone");
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    /** {@return how many records were not taken} */
    int rejectedCount() {
        return recordCount - records.size();
    }
}
