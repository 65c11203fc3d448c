package org.switchboard.server.voice.store;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the stored contacts that responses name, with their facts. A contact id the source used for several queues
 * (a caller sent from queue to queue) links to its last queue, agent and wait, and counts as transferred when any of
 * its legs was. A contact is repeat-followed when the same customer
 * key arrives again within {@link #REPEAT_WINDOW} (metrics.md §3, default 7 days).
 */
@Repository
public class ContactLinks {

    /** How soon a next contact of the same customer makes this one a repeat-followed contact. */
    public static final Duration REPEAT_WINDOW = Duration.ofDays(7);

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    ContactLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@return the facts of every named contact that is stored, by contact id}
     *
     * @param contactIds ids as the responses name them
     */
    public Map<String, ContactFacts> find(Collection<String> contactIds) {
        var rows = new HashMap<String, ContactRow>();
        var ids = new ArrayList<>(new TreeSet<>(contactIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.sql("""
                    SELECT c.source_id, c.queue, c.agent_id, c.channel, c.reason_code, c.arrived_at, c.answered_at,
                           c.ended_at, c.transferred, c.customer_hash, a.team
                    FROM contact c LEFT JOIN agent a ON a.source = c.source AND a.agent_id = c.agent_id
                    WHERE c.source_id IN (:ids)""")
                    .param("ids", chunk)
                    .query(rs -> {
                        var arrived = rs.getObject("arrived_at", OffsetDateTime.class).toInstant();
                        var answered = Optional.ofNullable(rs.getObject("answered_at", OffsetDateTime.class));
                        var ended = rs.getObject("ended_at", OffsetDateTime.class).toInstant();
                        var row = new ContactRow(
                                rs.getString("queue"),
                                Optional.ofNullable(rs.getString("agent_id")).orElse(""),
                                Optional.ofNullable(rs.getString("team")).orElse(""),
                                rs.getString("channel"),
                                Optional.ofNullable(rs.getString("reason_code")),
                                arrived,
                                (int) Duration.between(arrived, answered.map(OffsetDateTime::toInstant).orElse(ended))
                                        .toSeconds(),
                                rs.getBoolean("transferred"),
                                Optional.ofNullable(rs.getString("customer_hash")));
                        // a contact sent from queue to queue: its last queue, transferred if any leg was
                        rows.merge(rs.getString("source_id"), row, (kept, other) ->
                                (other.arrived().isAfter(kept.arrived()) ? other : kept)
                                        .withTransferred(kept.transferred() || other.transferred()));
                    });
        }
        var followers = nextArrivals(rows.values().stream().flatMap(row -> row.customerHash().stream()).toList());
        var facts = new HashMap<String, ContactFacts>();
        rows.forEach((id, row) -> facts.put(id, new ContactFacts(row.queue(), row.agentId(), row.team(),
                row.channel(), row.reasonCode(), Math.max(0, row.waitSeconds()), row.transferred(),
                row.customerHash().map(hash -> repeated(followers.getOrDefault(hash, new TreeSet<>()), row.arrived()))
                        .orElse(false))));
        return facts;
    }

    private static boolean repeated(TreeSet<Instant> arrivals, Instant arrived) {
        var next = arrivals.higher(arrived);
        return next != null && !next.isAfter(arrived.plus(REPEAT_WINDOW));
    }

    private Map<String, TreeSet<Instant>> nextArrivals(List<String> customerHashes) {
        var arrivals = new HashMap<String, TreeSet<Instant>>();
        var hashes = new ArrayList<>(new TreeSet<>(customerHashes));
        for (int from = 0; from < hashes.size(); from += CHUNK) {
            jdbc.sql("SELECT customer_hash, arrived_at FROM contact WHERE customer_hash IN (:hashes)")
                    .param("hashes", hashes.subList(from, Math.min(hashes.size(), from + CHUNK)))
                    .query(rs -> {
                        arrivals.computeIfAbsent(rs.getString("customer_hash"), h -> new TreeSet<>())
                                .add(rs.getObject("arrived_at", OffsetDateTime.class).toInstant());
                    });
        }
        return arrivals;
    }

    private record ContactRow(
            String queue,
            String agentId,
            String team,
            String channel,
            Optional<String> reasonCode,
            Instant arrived,
            int waitSeconds,
            boolean transferred,
            Optional<String> customerHash) {

        ContactRow withTransferred(boolean anyLegTransferred) {
            return new ContactRow(queue, agentId, team, channel, reasonCode, arrived, waitSeconds, anyLegTransferred,
                    customerHash);
        }
    }
}
