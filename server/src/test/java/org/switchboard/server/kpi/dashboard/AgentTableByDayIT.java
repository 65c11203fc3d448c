package org.switchboard.server.kpi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.server.kpi.facts.FactQuery;
import org.switchboard.server.kpi.facts.FactStore;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * The agent table read from the per-agent day facts for whole UTC days and from the 15-minute facts for the partial
 * days at the period's edges equals the table computed from the 15-minute facts alone (as before the day facts), on
 * the demo week (2 to 8 March 2026, centre zone Europe/Berlin, UTC+1: every local period starts and ends at 23:00 UTC,
 * so each has partial UTC days at both edges).
 */
@SwitchboardIntegrationTest
@Tag("database")
class AgentTableByDayIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    KpiDashboard dashboard;

    @Autowired
    FactStore facts;

    @Autowired
    AgentDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mondayToThursdayEqualsTheTableOfTheFifteenMinuteFacts() {
        var filter = filter(MONDAY, MONDAY.plusDays(3), Optional.empty(), Optional.empty());
        var from = filter.period().from(dashboard.zone());
        var to = filter.period().to(dashboard.zone());
        // 23:00 UTC Sunday to 23:00 UTC Thursday: Monday to Wednesday are whole UTC days read as day facts; Thursday
        // 00:00-23:00 UTC (01:00-24:00 local, the day's whole opening hours) is read as 15-minute facts
        assertThat(from).isEqualTo("2026-03-01T23:00:00Z");
        assertThat(to).isEqualTo("2026-03-05T23:00:00Z");
        assertThat(rows("agent_contact_day_fact", "day_start", Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-05T00:00:00Z"))).isPositive();
        assertThat(rows("contact_fact", "slot_start", Instant.parse("2026-03-05T00:00:00Z"), to)).isPositive();

        var table = dashboard.agentTable(filter);

        assertThat(table).hasSizeGreaterThan(10).isEqualTo(fromFifteenMinuteFacts(filter));
        assertThat(table.getFirst().productivity().handled()).isPositive();
    }

    @Test
    void oneDayHasNoWholeUtcDayAndEqualsTheTableOfTheFifteenMinuteFacts() {
        var filter = filter(MONDAY.plusDays(2), MONDAY.plusDays(2), Optional.empty(), Optional.empty());

        assertThat(dashboard.agentTable(filter)).isNotEmpty().isEqualTo(fromFifteenMinuteFacts(filter));
    }

    @Test
    void aTeamsWeekEqualsTheTableOfTheFifteenMinuteFacts() {
        var team = directory.teams().getFirst();
        var filter = filter(MONDAY, MONDAY.plusDays(6), Optional.of(team), Optional.empty());

        var table = dashboard.agentTable(filter);

        assertThat(table).isNotEmpty().isEqualTo(fromFifteenMinuteFacts(filter));
        assertThat(table).allSatisfy(row -> assertThat(row.team()).contains(team));
    }

    @Test
    void oneQueuesWeekEqualsTheTableOfTheFifteenMinuteFacts() {
        var filter = filter(MONDAY, MONDAY.plusDays(6), Optional.empty(), Optional.of("service"));

        assertThat(dashboard.agentTable(filter)).isNotEmpty().isEqualTo(fromFifteenMinuteFacts(filter));
    }

    private static DashboardFilter filter(
            LocalDate first, LocalDate last, Optional<String> team, Optional<String> queue) {
        return new DashboardFilter(PeriodChoice.CUSTOM, new ReportPeriod(first, last), queue, Optional.empty(), team,
                Optional.empty());
    }

    /** The agent table as computed before the day facts: every per-agent 15-minute fact of the period. */
    private List<AgentRow> fromFifteenMinuteFacts(DashboardFilter filter) {
        var from = filter.period().from(dashboard.zone());
        var to = filter.period().to(dashboard.zone());
        var totals = new AgentTotals();
        var withContacts = new TreeSet<String>();
        facts.readContactFacts(new FactQuery(from, to, filter.queue(), filter.channel(),
                dashboard.agentsOf(filter), true), fact -> {
                    totals.addContacts(fact);
                    withContacts.add(fact.key().agentId());
                });
        withContacts.remove(FactKey.NO_AGENT);
        // only agents with contacts get a row; naming them reads their 15-minute time facts
        facts.readAgentFacts(from, to, Optional.of(withContacts), totals::addTime);
        return totals.rows(dashboard.directoryEntries());
    }

    private long rows(String table, String column, Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " >= :from AND " + column + " < :to")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }
}
