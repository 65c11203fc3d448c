package org.switchboard.server.kpi.facts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The span of time one load's contacts (by arrival) and agent events cover. */
@Repository
class LoadRange {

    private final JdbcClient jdbc;

    LoadRange(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@return from the load's earliest arrival or event to just after its latest, empty for a load with neither} The
     * span is the one the load's row records ({@code data_load.first_arrival} and {@code last_arrival}): the arrivals
     * and event times of the rows the load added or changed, written with every batch it committed, so it also holds
     * for a load interrupted half-way.
     *
     * @param loadId the load
     */
    Optional<Span> of(long loadId) {
        return jdbc.sql("SELECT first_arrival, last_arrival FROM data_load WHERE id = :load")
                .param("load", loadId)
                .query((rs, row) -> {
                    var first = rs.getObject("first_arrival", OffsetDateTime.class);
                    var last = rs.getObject("last_arrival", OffsetDateTime.class);
                    return first == null || last == null
                            ? Optional.<Span>empty()
                            : Optional.of(new Span(first.toInstant(), last.toInstant().plusSeconds(1)));
                })
                .optional()
                .flatMap(span -> span);
    }

    /**
     * A span of time.
     *
     * @param from the start (included)
     * @param to the end (excluded)
     */
    record Span(Instant from, Instant to) {}
}
