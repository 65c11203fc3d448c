package org.switchboard.server.kpi.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.server.interactions.ImportFormat;
import org.switchboard.server.interactions.ImportRequest;
import org.switchboard.server.interactions.Importer;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.kpi.dashboard.DashboardFilter;
import org.switchboard.server.kpi.dashboard.KpiDashboard;
import org.switchboard.server.kpi.dashboard.Metric;
import org.switchboard.server.kpi.dashboard.PeriodChoice;
import org.switchboard.server.kpi.dashboard.ReportPeriod;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * An import's facts are built as soon as it is committed, the load is recorded as refreshed, a later contact of the
 * same customer within 7 days flags the earlier one as repeated (the refresh reaches back by the FCR window, also in
 * the agent's day facts), and the dashboard shows the new figures at once (its cache is dropped).
 */
@SwitchboardIntegrationTest
@Tag("database")
class FactRefreshOnImportIT {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant MONDAY_TEN = Instant.parse("2024-06-03T10:00:00Z");

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KpiDashboard dashboard;

    private final String source = UniqueNames.of("kpi");
    private final String queue = UniqueNames.of("kpi-queue");
    // customer keys are hashed without the source: unique ones keep earlier runs on a reused database out of the test
    private final String customer = UniqueNames.of("customer") + "@example.org";
    private final String otherCustomer = UniqueNames.of("other") + "@example.org";

    @Test
    void anImportIsInTheFactsAndOnTheDashboardAtOnce() {
        var first = importer.importRecords(request(), List.of(
                answered("c1", MONDAY_TEN, customer),
                abandoned("c2", MONDAY_TEN.plusSeconds(60))), List.of(), List.of());
        var mondayFilter = new DashboardFilter(PeriodChoice.CUSTOM,
                new ReportPeriod(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3)), Optional.of(queue),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(offered(mondayFilter)).isEqualTo(2.0);
        assertThat(sum("offered")).isEqualTo(2);
        assertThat(sum("repeated")).isZero();
        // the agent's Monday in the day facts: the answered contact only (the abandoned one has no agent)
        assertThat(daySums("2024-06-03T00:00:00Z")).containsExactly(1L, 1L, 0L);

        // the same customer again two days later: c1 is no longer resolved first time (metrics.md §3)
        var second = importer.importRecords(request(), List.of(
                answered("c3", MONDAY_TEN.plus(Duration.ofDays(2)), customer)), List.of(), List.of());

        assertThat(sum("offered")).isEqualTo(3);
        assertThat(sum("repeated")).isEqualTo(1);
        // the refresh rebuilt Monday's day fact (c1 is now repeated) and wrote Wednesday's
        assertThat(daySums("2024-06-03T00:00:00Z")).containsExactly(1L, 1L, 1L);
        assertThat(daySums("2024-06-05T00:00:00Z")).containsExactly(1L, 1L, 0L);
        assertThat(refreshedLoads()).contains(first.loadId(), second.loadId());
        var week = new DashboardFilter(PeriodChoice.CUSTOM,
                new ReportPeriod(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 9)), Optional.of(queue),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(offered(week)).isEqualTo(3.0);
    }

    private ImportRequest request() {
        return new ImportRequest(source, "records.json", ImportFormat.JSON, Optional.empty(), UTC,
                RejectPolicy.QUARANTINE, "tester");
    }

    private Interaction answered(String id, Instant arrival, String customer) {
        var answer = arrival.plusSeconds(10);
        return new Interaction(id, Channel.VOICE, queue, Direction.INBOUND, Optional.of(customer), arrival,
                Optional.of(answer), answer.plusSeconds(120), Optional.empty(), Optional.of("A900"),
                Disposition.ANSWERED, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Interaction abandoned(String id, Instant arrival) {
        return new Interaction(id, Channel.VOICE, queue, Direction.INBOUND, Optional.of(otherCustomer), arrival,
                Optional.empty(), arrival.plusSeconds(30), Optional.empty(), Optional.empty(), Disposition.ABANDONED,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private double offered(DashboardFilter filter) {
        return dashboard.figures(filter).allTiles().stream()
                .filter(tile -> tile.metric() == Metric.OFFERED)
                .findFirst()
                .orElseThrow()
                .value()
                .orElseThrow();
    }

    private long sum(String column) {
        return jdbc.sql("SELECT COALESCE(SUM(" + column + "), 0) FROM queue_fact WHERE queue = :queue")
                .param("queue", queue)
                .query(Long.class)
                .single();
    }

    /** {@return offered, answered and repeated of the queue's day facts of agent A900 on one UTC day} */
    private List<Long> daySums(String dayStart) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(offered), 0), COALESCE(SUM(answered), 0), COALESCE(SUM(repeated), 0)
                FROM agent_contact_day_fact WHERE queue = :queue AND agent_id = 'A900' AND day_start = :day""")
                .param("queue", queue)
                .param("day", Instant.parse(dayStart).atOffset(java.time.ZoneOffset.UTC))
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private List<Long> refreshedLoads() {
        return jdbc.sql("SELECT load_id FROM fact_refresh").query(Long.class).list();
    }
}
