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
     * {@return from the load's earliest arrival or event to just after its latest, empty for a load with neither}
     *
     * @param loadId the load
     */
    Optional<Span> of(long loadId) {
        return jdbc.sql("""
                SELECT MIN(first_at) AS first_at, MAX(last_at) AS last_at FROM (
                    SELECT MIN(arrived_at) AS first_at, MAX(arrived_at) AS last_at FROM contact WHERE load_id = :load
                    UNION ALL
                    SELECT MIN(occurred_at), MAX(occurred_at) FROM agent_state_event WHERE load_id = :load) spans""")
                .param("load", loadId)
                .query((rs, row) -> {
                    var first = rs.getObject("first_at", OffsetDateTime.class);
                    var last = rs.getObject("last_at", OffsetDateTime.class);
                    return first == null || last == null
                            ? Optional.<Span>empty()
                            : Optional.of(new Span(first.toInstant(), last.toInstant().plusSeconds(1)));
                })
                .single();
    }

    /**
     * A span of time.
     *
     * @param from the start (included)
     * @param to the end (excluded)
     */
    record Span(Instant from, Instant to) {}
}
