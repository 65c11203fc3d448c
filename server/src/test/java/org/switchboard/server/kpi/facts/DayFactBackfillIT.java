package org.switchboard.server.kpi.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * A database whose facts were built before the per-agent day facts existed (migration V015 asks for a fill with a row
 * in {@code day_fact_backfill}) gets the same day facts from its 15-minute facts as the refreshes write, once.
 */
@SwitchboardIntegrationTest
@Tag("database")
class DayFactBackfillIT {

    @Autowired
    DayFactBackfill backfill;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDayFactsOfAnOlderDatabaseAreFilledFromItsFifteenMinuteFacts() {
        var written = dayFacts();
        assertThat(written).as("the refreshes of the demo data wrote day facts").hasSizeGreaterThan(100);
        // the state V015 leaves in a database with facts: no day facts, a fill asked for
        jdbc.sql("DELETE FROM agent_contact_day_fact").update();
        jdbc.sql("DELETE FROM agent_day_fact").update();
        jdbc.sql("INSERT INTO day_fact_backfill (id) VALUES (1)").update();

        var filled = backfill.fillIfAsked();

        assertThat(filled).isPresent();
        assertThat(UtcDays.isBoundary(filled.get().from()) && UtcDays.isBoundary(filled.get().to())).isTrue();
        assertThat(dayFacts()).isEqualTo(written);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM day_fact_backfill").query(Long.class).single()).isZero();
        assertThat(backfill.fillIfAsked()).as("asked once, filled once").isEmpty();
    }

    /** {@return every row of both day tables, in key order} */
    private List<Map<String, Object>> dayFacts() {
        var contacts = jdbc.sql("SELECT * FROM agent_contact_day_fact ORDER BY day_start, queue, channel, direction,"
                + " agent_id").query().listOfRows();
        var time = jdbc.sql("SELECT * FROM agent_day_fact ORDER BY day_start, agent_id").query().listOfRows();
        return java.util.stream.Stream.concat(contacts.stream(), time.stream()).toList();
    }
}
