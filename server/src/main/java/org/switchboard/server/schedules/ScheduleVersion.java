package org.switchboard.server.schedules;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored version of a run's schedule.
 *
 * @param id database id
 * @param runId the run it belongs to
 * @param number 1, 2, … within the run
 * @param status draft or published
 * @param createdBy who made it (the solver's runs: the user who started the run)
 * @param createdAt when
 * @param publishedBy who published it, if published
 * @param publishedAt when, if published
 * @param note what it is: the solver's result, or the manual edit that made it
 * @param figures its quality figures
 */
public record ScheduleVersion(
        long id,
        long runId,
        int number,
        VersionStatus status,
        String createdBy,
        Instant createdAt,
        Optional<String> publishedBy,
        Optional<Instant> publishedAt,
        String note,
        ScheduleFigures figures) {}
