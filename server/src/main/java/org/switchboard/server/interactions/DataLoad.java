package org.switchboard.server.interactions;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One load of interaction data into Switchboard.
 *
 * @param id database id
 * @param source where the data came from, e.g. {@code demo}
 * @param description what was loaded, e.g. the demo seed and period
 * @param actor who started the load
 * @param startedAt when it started
 * @param finishedAt when it finished, absent while running
 * @param status {@code RUNNING}, {@code COMPLETED} or {@code FAILED}
 * @param contacts contacts stored by the load
 * @param agentEvents agent-state events stored by the load
 * @param surveyAnswers survey answers stored by the load
 */
public record DataLoad(
        long id,
        String source,
        String description,
        String actor,
        Instant startedAt,
        @Nullable Instant finishedAt,
        String status,
        int contacts,
        int agentEvents,
        int surveyAnswers) {

    /** Validates the mandatory fields. */
    public DataLoad {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
    }
}
