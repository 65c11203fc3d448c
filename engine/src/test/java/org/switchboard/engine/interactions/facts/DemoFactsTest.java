package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.demo.AgentStateEvent;
import org.switchboard.engine.demo.Contact;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.engine.kpi.AccessibilityKpis;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.engine.kpi.ServiceLevelVariant;

/**
 * One week of the demo centre through the fact builder, checked against figures computed independently: the demo's
 * own per-queue summary (service level, abandonment, ASA), a direct count of repeat contacts per customer, and the
 * logged-in time summed from the agents' LOGIN/LOGOUT pairs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFactsTest {

    private DemoDataSet data;
    private List<Interaction> contacts;
    private final FactTable table = new FactTable();
    private FactBuilder builder;

    static Interaction interaction(Contact contact) {
        return new Interaction(
                contact.id(),
                contact.channel(),
                contact.queue(),
                contact.direction(),
                Optional.of(contact.customerPhone()),
                contact.arrivedAt(),
                contact.answeredAt(),
                contact.endedAt(),
                contact.wrapUpEndedAt(),
                contact.agentId(),
                contact.disposition(),
                Optional.of(contact.reason().name()),
                contact.answeredAt().isPresent() ? Optional.of(contact.hasSale()) : Optional.empty(),
                contact.revenueEur());
    }

    static AgentEvent agentEvent(AgentStateEvent event) {
        return new AgentEvent(
                event.agentId(),
                event.at(),
                event.state(),
                event.pauseReason().map(Enum::name),
                event.contactId());
    }

    @BeforeAll
    void build() {
        data = DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(7));
        contacts = data.contacts().stream().map(DemoFactsTest::interaction).toList();
        builder = new FactBuilder(FactSettings.standard(), table, problem -> {});
        // Contacts and events interleaved in time order, as a reader of one file would deliver them.
        var events = data.agentEvents().iterator();
        var next = events.hasNext() ? events.next() : null;
        for (var contact : contacts) {
            while (next != null && !next.at().isAfter(contact.arrivedAt())) {
                builder.agentEvent(agentEvent(next), 0);
                next = events.hasNext() ? events.next() : null;
            }
            builder.contact(contact, 0);
        }
        while (next != null) {
            builder.agentEvent(agentEvent(next), 0);
            next = events.hasNext() ? events.next() : null;
        }
        builder.finish();
    }

    @Test
    void perQueueFiguresEqualTheDemoSummary() {
        var byQueue = Rollups.contacts(
                table.contactFacts(),
                key -> new FactKey(Instant.EPOCH, key.queue(), key.channel(), Direction.INBOUND, FactKey.NO_AGENT));
        var summaries = data.summary().queues();
        assertThat(byQueue).hasSameSizeAs(summaries);
        for (var summary : summaries) {
            var fact = byQueue.stream().filter(f -> f.key().queue().equals(summary.queue())).findFirst().orElseThrow();
            var settings = QueueKpiSettings.defaultsFor(fact.key().channel())
                    .with(summary.serviceLevelThreshold().toSeconds(), 5, ServiceLevelVariant.ANSWERED_OF_OFFERED);
            var kpis = AccessibilityKpis.of(fact, settings);
            assertThat(kpis.offered()).as(summary.queue()).isEqualTo(summary.offered());
            assertThat(kpis.answered()).isEqualTo(summary.answered());
            assertThat(kpis.shortAbandons()).isEqualTo(summary.shortAbandons());
            assertThat(kpis.abandoned() - kpis.shortAbandons()).isEqualTo(summary.abandoned());
            assertThat(kpis.answeredWithinThreshold()).isEqualTo(summary.answeredWithinThreshold());
            assertThat(fact.transferred()).isEqualTo(summary.transferred());
            assertThat(kpis.serviceLevel().getAsDouble())
                    .isCloseTo(summary.serviceLevel().getAsDouble(), within(1e-12));
            assertThat(kpis.abandonRate().getAsDouble())
                    .isCloseTo(summary.abandonmentRate().getAsDouble(), within(1e-12));
            assertThat(fact.answeredWaits().sumMillis()).isEqualTo(summary.totalAnsweredWait().toMillis());
        }
    }

    @Test
    void repeatsEqualADirectCountPerCustomer() {
        // Independently: per customer, sort the arrivals; an answered, untransferred contact is repeat-followed when
        // the customer's next contact arrives within 7 days.
        var byCustomer = contacts.stream().collect(Collectors.groupingBy(c -> c.customer().orElseThrow()));
        long base = 0;
        long repeated = 0;
        for (var own : byCustomer.values()) {
            var sorted = new ArrayList<>(own);
            sorted.sort(Comparator.comparing(Interaction::arrivedAt));
            for (int k = 0; k < sorted.size(); k++) {
                var contact = sorted.get(k);
                if (contact.disposition() != org.switchboard.engine.core.Disposition.ANSWERED) {
                    continue;
                }
                base++;
                if (k + 1 < sorted.size()
                        && Duration.between(contact.arrivedAt(), sorted.get(k + 1).arrivedAt())
                                        .compareTo(Duration.ofDays(7))
                                <= 0) {
                    repeated++;
                }
            }
        }
        long factBase = table.contactFacts().stream().mapToLong(ContactFact::firstContactBase).sum();
        long factRepeated = table.contactFacts().stream().mapToLong(ContactFact::repeated).sum();
        assertThat(repeated).isPositive();
        assertThat(factBase).isEqualTo(base);
        assertThat(factRepeated).isEqualTo(repeated);
    }

    @Test
    void loggedInTimeEqualsTheSumOfSessions() {
        var loginAt = new HashMap<String, Instant>();
        long sessions = 0;
        for (var event : data.agentEvents()) {
            if (event.state() == AgentState.LOGIN) {
                loginAt.put(event.agentId(), event.at());
            } else if (event.state() == AgentState.LOGOUT) {
                sessions += Duration.between(loginAt.remove(event.agentId()), event.at()).toMillis();
            }
        }
        assertThat(loginAt).isEmpty();
        long loggedIn = table.agentFacts().stream().mapToLong(AgentFact::loggedInMillis).sum();
        assertThat(loggedIn).isEqualTo(sessions);
        assertThat(builder.cappedStates()).isEmpty();
        assertThat(builder.lateContacts()).isZero();
        // Agents handle contacts only while logged in: on-contact time is positive and within logged-in time.
        long onContact = table.agentFacts().stream().mapToLong(AgentFact::onContactMillis).sum();
        assertThat(onContact).isPositive().isLessThan(loggedIn);
        assertThat(table.contactFacts()).allSatisfy(fact -> assertThat(fact.key().channel()).isIn(
                Channel.VOICE, Channel.CHAT, Channel.EMAIL, Channel.MESSENGER, Channel.VIDEO, Channel.SMS));
    }
}
