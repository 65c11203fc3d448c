package org.switchboard.server.interactions.web;

import java.time.Instant;
import java.util.Optional;
import org.switchboard.server.interactions.LoadCounts;

/**
 * One past load as the list of loads shows it.
 *
 * @param id the load's id
 * @param actor who started it
 * @param startedAt when it started
 * @param fileName the imported file, or the load's description for loads that were no import
 * @param format the format's slug ({@code queue-log}, {@code csv}…), absent for loads that were no import
 * @param status {@code RUNNING}, {@code COMPLETED}, {@code REJECTED}, {@code FAILED} or {@code INTERRUPTED}
 * @param counts what it read, stored and rejected
 */
record LoadRow(
        long id,
        String actor,
        Instant startedAt,
        String fileName,
        Optional<String> format,
        String status,
        LoadCounts counts) {

    /** {@return the bundle key of the status, e.g. {@code interactions.status.completed}} */
    public String statusKey() {
        return "interactions.status." + status.toLowerCase(java.util.Locale.ROOT);
    }
}
