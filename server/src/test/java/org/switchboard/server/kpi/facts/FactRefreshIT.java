package org.switchboard.server.kpi.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * The facts built from the stored one-week demo data (at start-up, as the demo load has no refresh of its own) agree
 * with the stored contacts and agent events, the per-agent day facts with the 15-minute ones, and a rebuild of part of
 * the range changes nothing: the range is extended back by the FCR window, so the repeat flags of earlier contacts are
 * recomputed from the same contacts, and widened to whole UTC days, so every day fact is rebuilt from all its slots.
 */
@SwitchboardIntegrationTest
@Tag("database")
class FactRefreshIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant WEEK_FROM = LocalDate.of(2026, 3, 2).atStartOfDay(BERLIN).toInstant();
    private static final Instant WEEK_TO = LocalDate.of(2026, 3, 9).atStartOfDay(BERLIN).toInstant();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FactRefresh refresh;

    @Test
    void everyCompletedLoadIsRefreshed() {
        long pending = jdbc.sql("""
                SELECT COUNT(*) FROM data_load d WHERE d.status = 'COMPLETED'
                AND NOT EXISTS (SELECT 1 FROM fact_refresh r WHERE r.load_id = d.id)""")
                .query(Long.class)
                .single();
        assertThat(pending).isZero();
    }

    @Test
    void factsAddUpToTheStoredContacts() {
        var contacts = jdbc.sql("""
                SELECT COUNT(*) AS offered,
                       SUM(CASE WHEN disposition IN ('ANSWERED', 'TRANSFERRED') THEN 1 ELSE 0 END) AS answered,
                       SUM(CASE WHEN disposition = 'TRANSFERRED' THEN 1 ELSE 0 END) AS transferred
                FROM contact WHERE arrived_at >= :from AND arrived_at < :to""")
                .param("from", Timestamp.from(WEEK_FROM))
                .param("to", Timestamp.from(WEEK_TO))
                .query((rs, row) -> List.of(rs.getLong("offered"), rs.getLong("answered"), rs.getLong("transferred")))
                .single();

        assertThat(sums("contact_fact")).isEqualTo(contacts);
        assertThat(sums("queue_fact")).isEqualTo(contacts);
        assertThat(contacts.getFirst()).isGreaterThan(10_000L);
    }

    @Test
    void agentTimeRolledUpEqualsTheSumOverAgents() {
        assertThat(loggedIn("agent_total_fact")).isEqualTo(loggedIn("agent_fact")).isPositive();
    }

    @Test
    void eachAgentsDayFactsAddUpToItsFifteenMinuteFacts() {
        // every column sum over all rows: the day facts are the per-agent 15-minute facts merged by UTC day
        var contactSums = "SELECT agent_id, SUM(offered), SUM(answered), SUM(transferred), SUM(talk_millis),"
                + " SUM(wrap_millis), SUM(first_contact_base), SUM(repeated), SUM(sales), SUM(revenue) FROM ";
        var bySlot = jdbc.sql(contactSums + "contact_fact WHERE agent_id <> '' GROUP BY agent_id ORDER BY agent_id")
                .query().listOfRows();
        var byDay = jdbc.sql(contactSums + "agent_contact_day_fact GROUP BY agent_id ORDER BY agent_id")
                .query().listOfRows();
        assertThat(byDay).hasSizeGreaterThan(10).isEqualTo(bySlot);
        var timeSums = "SELECT agent_id, SUM(logged_in_millis), SUM(ready_millis), SUM(on_contact_millis),"
                + " SUM(wrap_up_millis), SUM(paused_millis) FROM ";
        assertThat(jdbc.sql(timeSums + "agent_day_fact GROUP BY agent_id ORDER BY agent_id").query().listOfRows())
                .hasSizeGreaterThan(10)
                .isEqualTo(jdbc.sql(timeSums + "agent_fact GROUP BY agent_id ORDER BY agent_id").query().listOfRows());
        // one row per agent and UTC day: a day is 96 slots, so far fewer rows
        assertThat(count("agent_contact_day_fact") * 10).isLessThan(count("contact_fact"));
    }

    @Test
    void rebuildingADayAgainChangesNoFact() {
        var before = everySum();

        refresh.rebuild(WEEK_FROM.plusSeconds(3 * 86_400), WEEK_FROM.plusSeconds(4 * 86_400), List.of());

        assertThat(everySum()).isEqualTo(before);
        assertThat((long) before.get("REPEATED")).as("the demo week has repeat contacts").isPositive();
    }

    @Test
    void aLoadIsRefreshedOverTheSpanItsOwnRowRecords() {
        long loadId = jdbc.sql("SELECT id FROM data_load WHERE contacts > 0 ORDER BY contacts DESC, id")
                .query(Long.class)
                .list()
                .getFirst();
        // the span the load's row records is the span of the arrivals of the contacts it wrote
        var recorded = jdbc.sql("SELECT first_arrival, last_arrival FROM data_load WHERE id = :id")
                .param("id", loadId)
                .query((rs, row) -> List.of(instant(rs, 1), instant(rs, 2)))
                .single();
        var stored = jdbc.sql("SELECT MIN(arrived_at), MAX(arrived_at) FROM contact WHERE load_id = :id")
                .param("id", loadId)
                .query((rs, row) -> List.of(instant(rs, 1), instant(rs, 2)))
                .single();
        assertThat(recorded).isEqualTo(stored);
        var before = everySum();

        refresh.refreshLoad(loadId);

        assertThat(everySum()).isEqualTo(before);
        var range = jdbc.sql("SELECT range_from, range_to FROM fact_refresh WHERE load_id = :id")
                .param("id", loadId)
                .query((rs, row) -> List.of(instant(rs, 1), instant(rs, 2)))
                .single();
        // rebuilt from the FCR window (7 days) before the first arrival to the slot after the last one
        assertThat(range.get(0)).isBeforeOrEqualTo(stored.get(0).minusSeconds(7 * 86_400L));
        assertThat(range.get(1)).isAfter(stored.get(1));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }

    private List<Long> sums(String table) {
        return jdbc.sql("SELECT SUM(offered) AS offered, SUM(answered) AS answered, SUM(transferred) AS transferred FROM "
                        + table + " WHERE slot_start >= :from AND slot_start < :to")
                .param("from", Timestamp.from(WEEK_FROM))
                .param("to", Timestamp.from(WEEK_TO))
                .query((rs, row) -> List.of(rs.getLong("offered"), rs.getLong("answered"), rs.getLong("transferred")))
                .single();
    }

    private long loggedIn(String table) {
        return jdbc.sql("SELECT SUM(logged_in_millis) FROM " + table + " WHERE slot_start >= :from AND slot_start < :to")
                .param("from", Timestamp.from(WEEK_FROM))
                .param("to", Timestamp.from(WEEK_TO))
                .query(Long.class)
                .single();
    }

    private Map<String, Long> everySum() {
        return jdbc.sql("""
                SELECT COUNT(*) AS facts, SUM(offered) AS offered, SUM(talk_millis) AS talk,
                       SUM(first_contact_base) AS base, SUM(repeated) AS repeated, SUM(sales) AS sales,
                       (SELECT SUM(paused_millis) FROM agent_fact) AS paused,
                       (SELECT COUNT(*) FROM agent_contact_day_fact) AS day_facts,
                       (SELECT SUM(repeated) FROM agent_contact_day_fact) AS day_repeated,
                       (SELECT SUM(talk_millis) FROM agent_contact_day_fact) AS day_talk,
                       (SELECT COUNT(*) FROM agent_day_fact) AS day_time_facts,
                       (SELECT SUM(paused_millis) FROM agent_day_fact) AS day_paused
                FROM contact_fact""")
                .query()
                .singleRow()
                .entrySet()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().toUpperCase(java.util.Locale.ROOT), e -> ((Number) e.getValue()).longValue()));
    }
}
