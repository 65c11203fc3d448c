package org.switchboard.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.engine.demo.AgentStateEvent;
import org.switchboard.engine.demo.Contact;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.QueueSpec;
import org.switchboard.engine.demo.TeamSpec;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.server.interactions.ImportFormat;
import org.switchboard.server.interactions.ImportRequest;
import org.switchboard.server.interactions.Importer;
import org.switchboard.server.interactions.RejectPolicy;

/**
 * Not a test: fills a database with a year of a 500-agent centre for the dashboard's load test
 * ({@code docs/performance.md}, section "KPI dashboard"), through the real path: the engine's demo generator makes the
 * contacts and agent events four weeks at a time ({@code -Dswitchboard.bench.weeks-per-import=N} to change), the
 * {@link Importer} stores them (as the JSON API does) and publishes the import, and the fact refresh builds the facts. It runs only when chosen by name and given a number of weeks:
 *
 * <pre>
 * ./mvnw -o -q -pl server -am test -Dtest=KpiBenchmarkFill -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dswitchboard.bench.weeks=52 -Dswitchboard.bench.data=/tmp/kpi-bench
 * </pre>
 *
 * The centre is the standard demo centre scaled: every team 8 times its agents (64 → 512 agents), every queue 5.5
 * times its volume (about 100 000 contacts a week, 5.2 million a year), from Monday 6 January 2025. The embedded H2
 * database goes to {@code <switchboard.bench.data>/switchboard.mv.db}, with the demo users (password
 * {@code switchboard}) and the one-week demo; {@code -Dswitchboard.bench.datasource.url=jdbc:postgresql://…} (and
 * {@code .username}, {@code .password}) fills PostgreSQL instead. Serve it with {@code ./switchboard serve --data DIR}
 * (or the same {@code SPRING_DATASOURCE_*} variables).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "switchboard.data-dir=${switchboard.bench.data:target/kpi-bench}",
            "spring.datasource.url=${switchboard.bench.datasource.url:jdbc:h2:file:${switchboard.bench.data:target/kpi-bench}/switchboard;DB_CLOSE_ON_EXIT=FALSE}",
            "spring.datasource.username=${switchboard.bench.datasource.username:sa}",
            "spring.datasource.password=${switchboard.bench.datasource.password:}",
            "switchboard.demo.enabled=true",
            "switchboard.demo.weeks=1"
        })
@EnabledIfSystemProperty(named = "switchboard.bench.weeks", matches = "[1-9][0-9]*")
class KpiBenchmarkFill {

    /** How many times each team's agents the centre has. */
    static final int AGENT_FACTOR = 8;

    /** How many times each queue's volume the centre has. */
    static final double VOLUME_FACTOR = 5.5;

    /** How many weeks one import holds (each import's refresh also rebuilds the FCR window before it). */
    static final int WEEKS_PER_IMPORT = 4;

    /** The first day: a Monday. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

    private static final Logger log = LoggerFactory.getLogger(KpiBenchmarkFill.class);

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fillsTheBenchmarkCentre() {
        int weeks = Integer.getInteger("switchboard.bench.weeks");
        int weeksPerImport = Integer.getInteger("switchboard.bench.weeks-per-import", WEEKS_PER_IMPORT);
        var standard = DemoSpec.standard();
        var queues = standard.queues().stream().map(KpiBenchmarkFill::scaled).toList();
        var teams = standard.teams().stream().map(KpiBenchmarkFill::scaled).toList();
        long contacts = 0;
        for (int week = 0; week < weeks; week += weeksPerImport) {
            var start = FIRST_DAY.plusWeeks(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int length = Math.min(weeksPerImport, weeks - week);
            var spec = new DemoSpec(start, length, standard.zone(), Set.of(), standard.openingHours(), queues, teams);
            var data = DemoCentre.generate(spec, DemoCentre.random(start.toEpochDay()));
            var request = new ImportRequest("bench-" + start, "bench-" + start + ".json", ImportFormat.JSON,
                    Optional.empty(), ZoneId.of("UTC"), RejectPolicy.QUARANTINE, "bench");
            var outcome = importer.importRecords(request, data.contacts().stream().map(KpiBenchmarkFill::interaction).toList(),
                    data.agentEvents().stream().map(KpiBenchmarkFill::event).toList(), List.of());
            contacts += data.contacts().size();
            log.info("benchmark weeks {} to {} of {} (from {}): {} contacts, {} agent events, {}", week + 1,
                    week + length, weeks, start, data.contacts().size(), data.agentEvents().size(), outcome.status());
        }
        long facts = jdbc.sql("SELECT COUNT(*) FROM contact_fact").query(Long.class).single();
        log.info("benchmark centre filled: {} contacts in {} weeks, {} contact facts", contacts, weeks, facts);
        assertThat(facts).isPositive();
    }

    private static QueueSpec scaled(QueueSpec queue) {
        return new QueueSpec(queue.queue(), queue.weekdayVolume() * VOLUME_FACTOR, queue.meanHandleTime(),
                queue.meanWrapUpTime(), queue.meanPatience(), queue.resolutionRate(), queue.saleRate(),
                queue.reasonMix(), queue.transfer());
    }

    private static TeamSpec scaled(TeamSpec team) {
        var shifts = new ArrayList<>(Collections.nCopies(AGENT_FACTOR, team.agentShifts()).stream()
                .flatMap(List::stream)
                .toList());
        return new TeamSpec(team.name(), team.skills(), shifts);
    }

    private static Interaction interaction(Contact contact) {
        return new Interaction(contact.id(), contact.channel(), contact.queue(), contact.direction(),
                Optional.of(contact.customerPhone()), contact.arrivedAt(), contact.answeredAt(), contact.endedAt(),
                contact.wrapUpEndedAt(), contact.agentId(), contact.disposition(),
                Optional.of(contact.reason().name()),
                contact.disposition().isAnswered() ? Optional.of(contact.hasSale()) : Optional.empty(),
                contact.revenueEur());
    }

    private static AgentEvent event(AgentStateEvent event) {
        return new AgentEvent(event.agentId(), event.at(), event.state(), event.pauseReason().map(Enum::name),
                event.contactId());
    }
}
