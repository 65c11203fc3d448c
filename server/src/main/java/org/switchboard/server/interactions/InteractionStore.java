package org.switchboard.server.interactions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.demo.Agent;

/**
 * Agents, which arrive as master data rather than through an import (today from the demo data set), the loads that are
 * no import, and what interaction data is held. Contacts and agent events are written by the
 * {@link Importer}.
 *
 * <p>The customer key is stored hashed: {@code customer_hash} = hex SHA-256 of the address with everything but digits,
 * letters, '@' and '.' removed, lower-cased. The raw address is kept in {@code customer_address} for the roles that
 * may see it; pages mask it for the others.
 */
@Repository
public class InteractionStore {

    private static final int BATCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final LoadLedger ledger;

    InteractionStore(JdbcClient jdbc, JdbcTemplate batch, LoadLedger ledger) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ledger = ledger;
    }

    /**
     * Records the start of a load that is no import (the demo's, whose completion marks its data set as loaded).
     *
     * @param source where the data comes from, e.g. {@code demo}
     * @param description what is loaded; with the source, it identifies the load for {@link #completedLoad}
     * @param actor who loads it
     * @return the id of the load, to pass to {@link #completeLoad}
     */
    public long startLoad(String source, String description, String actor) {
        return ledger.start(source, description, actor);
    }

    /** Marks a load started with {@link #startLoad} completed. */
    public void completeLoad(long loadId) {
        ledger.complete(loadId);
    }

    /** {@return the completed load of this source and description, if one exists} */
    public Optional<DataLoad> completedLoad(String source, String description) {
        return ledger.completedLoad(source, description);
    }

    /** Stores agents of a source; an agent already stored keeps its row. */
    public void insertAgents(String source, List<Agent> agents) {
        var known = new TreeSet<>(jdbc.sql("SELECT agent_id FROM agent WHERE source = :source")
                .param("source", source)
                .query(String.class)
                .list());
        var fresh = agents.stream().filter(agent -> !known.contains(agent.id())).toList();
        batch.batchUpdate(
                "INSERT INTO agent (source, agent_id, display_name, team, skills) VALUES (?, ?, ?, ?, ?)",
                fresh,
                BATCH_SIZE,
                (ps, agent) -> {
                    ps.setString(1, source);
                    ps.setString(2, agent.id());
                    ps.setString(3, agent.name());
                    ps.setString(4, agent.teamId());
                    ps.setString(5, String.join(",", new TreeSet<>(agent.skills())));
                });
    }

    /** {@return what interaction data is held} */
    public DataInventory inventory() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM contact) AS contacts,
                       (SELECT COUNT(*) FROM agent_state_event) AS agent_events,
                       (SELECT COUNT(*) FROM agent) AS agents,
                       (SELECT MIN(arrived_at) FROM contact) AS first_arrival,
                       (SELECT MAX(arrived_at) FROM contact) AS last_arrival""")
                .query((rs, row) -> new DataInventory(
                        rs.getLong("contacts"),
                        rs.getLong("agent_events"),
                        rs.getLong("agents"),
                        instant(rs.getObject("first_arrival", OffsetDateTime.class)),
                        instant(rs.getObject("last_arrival", OffsetDateTime.class))))
                .single();
    }

    /**
     * {@return the customer key: hex SHA-256 of the address reduced to lower-case letters, digits, '@' and '.'}
     *
     * @param address a phone number or e-mail address as the source wrote it
     */
    public static String customerHash(String address) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalisedAddress(address));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** {@return the address lower-cased (root locale), with all but '0'–'9', 'a'–'z', '@' and '.' removed, as ASCII} */
    private static byte[] normalisedAddress(String address) {
        var kept = new byte[address.length()];
        int length = 0;
        for (int k = 0; k < address.length(); k++) {
            char c = address.charAt(k);
            if (c >= 0x80) {
                // lower-casing text beyond ASCII may change its length or yield ASCII letters (U+212A KELVIN SIGN → 'k')
                return normalisedText(address);
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (kept(c)) {
                kept[length++] = (byte) c;
            }
        }
        return Arrays.copyOf(kept, length);
    }

    private static byte[] normalisedText(String address) {
        var normalised = new StringBuilder(address.length());
        address.toLowerCase(Locale.ROOT).chars().filter(InteractionStore::kept).forEach(c -> normalised.append((char) c));
        return normalised.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean kept(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '@' || c == '.';
    }

    private static Optional<Instant> instant(@Nullable OffsetDateTime value) {
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
