package org.switchboard.server.schedules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A stored solver run.
 *
 * @param id database id
 * @param requirementLabel where the requirement came from: a requirement set's name or an uploaded file's name
 * @param requirementSetId the stored requirement set, when it came from one
 * @param periodStart the first day planned
 * @param periodEnd the day after the last day planned
 * @param intervalMinutes the length of the requirement's intervals
 * @param timeLimitSeconds the solver's time limit
 * @param status how the run stands
 * @param startedBy who started it
 * @param startedAt when
 * @param finishedAt when it ended, if it has
 * @param explanation the engine's explanation of an infeasible run, or the message of a failed one
 */
public record ScheduleRun(
        long id,
        String requirementLabel,
        Optional<Long> requirementSetId,
        LocalDate periodStart,
        LocalDate periodEnd,
        int intervalMinutes,
        int timeLimitSeconds,
        RunStatus status,
        String startedBy,
        Instant startedAt,
        Optional<Instant> finishedAt,
        Optional<String> explanation) {}
