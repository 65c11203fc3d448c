package org.switchboard.server.interactions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.server.interactions.InteractionBatch.ContactKey;
import org.switchboard.server.interactions.InteractionBatch.EventKey;
import org.switchboard.server.interactions.InteractionBatch.PendingContact;

/**
 * Writes the batches of one load of one source: per batch, a query of the stored natural keys (and fingerprints) —
 * one per hundred keys, on PostgreSQL one for the whole batch — then batched INSERTs of the new rows (on PostgreSQL a
 * {@link PostgresContactCopy COPY} of the new contacts) and UPDATEs of the changed ones, and INSERTs of agents not
 * seen before (named by their id until someone names them). Runs inside the caller's transaction.
 *
 * <p>A changed row takes the load that last wrote it ({@code load_id}).
 */
final class InteractionRows {

    /**
     * Ids per lookup query. H2 checks every row an IN list finds against the whole list again (linearly), so the cost
     * per row grows with the list: 100 keeps that small at one query per hundred ids.
     */
    private static final int KEYS_PER_QUERY = 100;
    /** The contact columns an import writes, in the order {@link #bindContact} binds them. */
    private static final List<String> CONTACT_COLUMNS = List.of(
            "channel", "queue", "direction", "customer_hash", "customer_address", "arrived_at", "answered_at",
            "ended_at", "wrap_ended_at", "agent_id", "disposition", "reason_code", "transferred", "resolved", "sale",
            "revenue", "fingerprint", "load_id");
    private static final List<String> INSERTED_COLUMNS = concat(CONTACT_COLUMNS, List.of("source", "source_id"));
    private static final String INSERT_CONTACT = "INSERT INTO contact (" + String.join(", ", INSERTED_COLUMNS)
            + ") VALUES (" + placeholders(INSERTED_COLUMNS.size()) + ")";
    private static final PostgresContactCopy COPY_CONTACTS = new PostgresContactCopy(INSERTED_COLUMNS);
    private static final String UPDATE_CONTACT = "UPDATE contact SET "
            + CONTACT_COLUMNS.stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
            + " WHERE id = ?";
    private static final String INSERT_EVENT = """
            INSERT INTO agent_state_event (source, agent_id, occurred_at, state, reason, contact_source_id, load_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE_EVENT = "UPDATE agent_state_event SET reason = ?, load_id = ? WHERE id = ?";

    /** What one batch did to the tables. */
    record Written(
            long contactsAdded,
            long contactsChanged,
            long eventsAdded,
            long eventsChanged,
            long present,
            Optional<Instant> first,
            Optional<Instant> last) {

        long added() {
            return contactsAdded + eventsAdded;
        }

        long changed() {
            return contactsChanged + eventsChanged;
        }
    }

    private record StoredContact(long id, @Nullable Long fingerprint) {}

    private record StoredEvent(long id, Optional<String> reason) {}

    private record Update<T>(long id, T row) {}

    private final JdbcTemplate jdbc;
    private final String source;
    private final long loadId;
    private @Nullable Set<String> knownAgents;
    private @Nullable Boolean postgres;

    InteractionRows(JdbcTemplate jdbc, String source, long loadId) {
        this.jdbc = jdbc;
        this.source = source;
        this.loadId = loadId;
    }

    /** Writes the batch's contacts, agent events and new agents; {@return what it wrote} */
    Written write(InteractionBatch batch) {
        var period = new Period();
        var contactInserts = new ArrayList<PendingContact>();
        var contactUpdates = new ArrayList<Update<PendingContact>>();
        long present = 0;
        var stored = storedContacts(batch.contacts());
        for (var pending : batch.contacts()) {
            var contact = pending.contact();
            var existing = stored.get(new ContactKey(contact.sourceId(), contact.queue()));
            if (existing == null) {
                contactInserts.add(pending);
            } else if (existing.fingerprint() == null || existing.fingerprint() != pending.fingerprint()) {
                contactUpdates.add(new Update<>(existing.id(), pending));
            } else {
                present++;
                continue;
            }
            period.include(contact.arrivedAt());
        }
        var eventInserts = new ArrayList<AgentEvent>();
        var eventUpdates = new ArrayList<Update<AgentEvent>>();
        var storedEvents = storedEvents(batch.events());
        for (var entry : batch.events().entrySet()) {
            var event = entry.getValue();
            var existing = storedEvents.get(entry.getKey());
            if (existing == null) {
                eventInserts.add(event);
            } else if (!existing.reason().equals(event.reason())) {
                eventUpdates.add(new Update<>(existing.id(), event));
            } else {
                present++;
                continue;
            }
            period.include(event.at());
        }
        insertNewAgents(contactInserts, contactUpdates, eventInserts);
        insertContacts(contactInserts);
        jdbc.batchUpdate(UPDATE_CONTACT, contactUpdates, contactUpdates.size(), (ps, update) -> {
            int next = bindContact(ps, update.row());
            ps.setLong(next, update.id());
        });
        jdbc.batchUpdate(INSERT_EVENT, eventInserts, eventInserts.size(), (ps, event) -> {
            ps.setString(1, source);
            ps.setString(2, event.agentId());
            setInstant(ps, 3, event.at());
            ps.setString(4, event.state().name());
            setText(ps, 5, event.reason());
            ps.setString(6, event.contactId().orElse(""));
            ps.setLong(7, loadId);
        });
        jdbc.batchUpdate(UPDATE_EVENT, eventUpdates, eventUpdates.size(), (ps, update) -> {
            setText(ps, 1, update.row().reason());
            ps.setLong(2, loadId);
            ps.setLong(3, update.id());
        });
        return new Written(
                contactInserts.size(),
                contactUpdates.size(),
                eventInserts.size(),
                eventUpdates.size(),
                present,
                period.first(),
                period.last());
    }

    private void insertContacts(List<PendingContact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        if (postgres()) {
            jdbc.execute((Connection connection) -> COPY_CONTACTS.copy(connection, contacts, source, loadId));
            return;
        }
        jdbc.batchUpdate(INSERT_CONTACT, contacts, contacts.size(), (ps, pending) -> {
            int next = bindContact(ps, pending);
            ps.setString(next, source);
            ps.setString(next + 1, pending.contact().sourceId());
        });
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) PostgresContactCopy::supports);
        }
        return Boolean.TRUE.equals(postgres);
    }

    private Map<ContactKey, StoredContact> storedContacts(Collection<PendingContact> contacts) {
        var ids = new ArrayList<>(new TreeSet<>(contacts.stream().map(p -> p.contact().sourceId()).toList()));
        var stored = new HashMap<ContactKey, StoredContact>();
        RowCallbackHandler keep = rs -> {
            long fingerprint = rs.getLong("fingerprint");
            stored.put(
                    new ContactKey(rs.getString("source_id"), rs.getString("queue")),
                    new StoredContact(rs.getLong("id"), rs.wasNull() ? null : fingerprint));
        };
        if (ids.isEmpty()) {
            return stored;
        }
        if (postgres()) {
            // one array parameter for the whole batch: PostgreSQL answers "= ANY" from the natural-key index
            jdbc.query(
                    "SELECT id, source_id, queue, fingerprint FROM contact WHERE source_id = ANY (?) AND source = ?",
                    ps -> {
                        ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids.toArray()));
                        ps.setString(2, source);
                    },
                    keep);
            return stored;
        }
        for (int from = 0; from < ids.size(); from += KEYS_PER_QUERY) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + KEYS_PER_QUERY));
            var arguments = new ArrayList<Object>(chunk);
            arguments.add(source);
            jdbc.query(
                    "SELECT id, source_id, queue, fingerprint FROM contact WHERE source_id IN ("
                            + placeholders(chunk.size()) + ") AND source = ?",
                    keep,
                    arguments.toArray());
        }
        return stored;
    }

    /**
     * {@return the stored events with the keys of the batch} One query per agent of the batch, over the agent's own
     * period in it: the natural-key index answers it (source, agent, time range) on H2 and PostgreSQL alike.
     */
    private Map<EventKey, StoredEvent> storedEvents(Map<EventKey, AgentEvent> events) {
        var periods = new HashMap<String, Period>();
        for (var key : events.keySet()) {
            periods.computeIfAbsent(key.agentId(), agent -> new Period()).include(key.at());
        }
        var stored = new HashMap<EventKey, StoredEvent>();
        periods.forEach((agent, period) -> jdbc.query(
                """
                SELECT id, occurred_at, state, contact_source_id, reason FROM agent_state_event
                WHERE source = ? AND agent_id = ? AND occurred_at BETWEEN ? AND ?""",
                (ResultSet rs) -> {
                    var key = new EventKey(
                            agent,
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            AgentState.valueOf(rs.getString("state")),
                            rs.getString("contact_source_id"));
                    if (events.containsKey(key)) {
                        stored.put(key, new StoredEvent(rs.getLong("id"), Optional.ofNullable(rs.getString("reason"))));
                    }
                },
                source,
                agent,
                period.first().orElseThrow().atOffset(ZoneOffset.UTC),
                period.last().orElseThrow().atOffset(ZoneOffset.UTC)));
        return stored;
    }

    private void insertNewAgents(
            List<PendingContact> contactInserts, List<Update<PendingContact>> contactUpdates, List<AgentEvent> events) {
        var known = knownAgents();
        var fresh = new TreeSet<String>();
        contactInserts.forEach(pending -> pending.contact().agentId().ifPresent(fresh::add));
        contactUpdates.forEach(update -> update.row().contact().agentId().ifPresent(fresh::add));
        events.forEach(event -> fresh.add(event.agentId()));
        fresh.removeAll(known);
        if (fresh.isEmpty()) {
            return;
        }
        var agents = List.copyOf(fresh);
        jdbc.batchUpdate(
                "INSERT INTO agent (source, agent_id, display_name, team, skills) VALUES (?, ?, ?, NULL, '')",
                agents,
                agents.size(),
                (ps, agent) -> {
                    ps.setString(1, source);
                    ps.setString(2, agent);
                    ps.setString(3, agent);
                });
        known.addAll(agents);
    }

    private Set<String> knownAgents() {
        if (knownAgents == null) {
            knownAgents = new HashSet<>(
                    jdbc.queryForList("SELECT agent_id FROM agent WHERE source = ?", String.class, source));
        }
        return knownAgents;
    }

    /** Binds {@link #CONTACT_COLUMNS}; {@return the next parameter index} */
    private int bindContact(PreparedStatement ps, PendingContact pending) throws SQLException {
        var contact = pending.contact();
        ps.setString(1, contact.channel().name());
        ps.setString(2, contact.queue());
        ps.setString(3, contact.direction().name());
        setText(ps, 4, pending.customerHash());
        setText(ps, 5, contact.customer());
        setInstant(ps, 6, contact.arrivedAt());
        setInstant(ps, 7, contact.answeredAt());
        setInstant(ps, 8, contact.endedAt());
        setInstant(ps, 9, contact.wrapEndedAt());
        setText(ps, 10, contact.agentId());
        ps.setString(11, contact.disposition().name());
        setText(ps, 12, contact.reasonCode());
        ps.setBoolean(13, contact.disposition() == Disposition.TRANSFERRED);
        ps.setNull(14, Types.BOOLEAN);
        if (contact.sale().isPresent()) {
            ps.setBoolean(15, contact.sale().get());
        } else {
            ps.setNull(15, Types.BOOLEAN);
        }
        ps.setObject(16, contact.revenue().map(ContactFingerprint::stored).orElse(null), Types.DECIMAL);
        ps.setLong(17, pending.fingerprint());
        ps.setLong(18, loadId);
        return 19;
    }

    private static void setText(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            setInstant(ps, index, value.get());
        } else {
            // Types.NULL: PostgreSQL infers the column type; VARCHAR would be refused for timestamp columns
            ps.setNull(index, Types.NULL);
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(
                index, ContactFingerprint.stored(value).atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The earliest and latest time written. */
    private static final class Period {
        private @Nullable Instant first;
        private @Nullable Instant last;

        void include(Instant at) {
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }

        Optional<Instant> first() {
            return Optional.ofNullable(first);
        }

        Optional<Instant> last() {
            return Optional.ofNullable(last);
        }
    }
}
