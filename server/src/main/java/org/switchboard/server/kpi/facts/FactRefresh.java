package org.switchboard.server.kpi.facts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.AgentFactBuilder;
import org.switchboard.engine.interactions.facts.AgentFactKey;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.ContactFactBuilder;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.interactions.facts.FactKeys;
import org.switchboard.engine.interactions.facts.FactSettings;
import org.switchboard.engine.interactions.facts.Rollups;
import org.switchboard.server.kpi.FactsRefreshed;

/**
 * Rebuilds the facts of a range from the stored contacts and agent-state events, in one transaction: a reader sees the
 * old facts or the new ones, never a mix, and a refresh killed half-way leaves the old ones.
 *
 * <p>To rebuild [from, to): the range is extended back by the FCR window, since a contact up to a window before
 * {@code from} becomes "repeat-followed" when a customer's next contact is imported, and widened to whole UTC days, so
 * that each per-agent day fact is rebuilt from all its slots.
 * The contacts of [from − window, to + window) stream in arrival order through the engine's
 * {@link ContactFactBuilder} (the ones after {@code to} only to flag repeats), the agent events of [from − 12 h, to
 * + 12 h) through the {@link AgentFactBuilder} (the ones before {@code from} give each agent's state at the start;
 * states are cut at 12 h). The facts of slots in the widened range replace the stored ones, a UTC day of slots at a
 * time ({@link FactBuffer}): per agent in {@code contact_fact} and {@code agent_fact}, with the agents rolled up in
 * {@code queue_fact} and {@code agent_total_fact}, and each agent's day merged in {@code agent_contact_day_fact} and
 * {@code agent_day_fact} (what the agent table reads for whole days).
 */
@Service
public class FactRefresh {

    private static final Logger log = LoggerFactory.getLogger(FactRefresh.class);

    private final StoredInteractions interactions;
    private final LoadRange loadRange;
    private final FactStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FactSettings settings;

    FactRefresh(
            StoredInteractions interactions,
            LoadRange loadRange,
            FactStore store,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.interactions = interactions;
        this.loadRange = loadRange;
        this.store = store;
        this.jdbc = jdbc;
        // a new transaction also when called after another one's commit (the import event's listener)
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
        // the stored rows stream in exact time order, so the builders need not wait for late ones
        var standard = FactSettings.standard();
        this.settings = new FactSettings(standard.fcrWindow(), standard.fcrSameReason(), Duration.ZERO,
                standard.maxOpenState(), standard.keepFrom(), standard.keepTo());
    }

    /**
     * Rebuilds the facts of the range one committed load's contacts and agent events cover, and records the load as
     * refreshed (a load that brought neither is only recorded).
     *
     * @param loadId the load
     */
    public void refreshLoad(long loadId) {
        loadRange.of(loadId).ifPresentOrElse(
                span -> rebuild(span.from(), span.to(), List.of(loadId)),
                () -> transaction.executeWithoutResult(status -> recordRefresh(loadId, clock.instant(), clock.instant())));
    }

    /**
     * Rebuilds the facts of the contacts and agent events of [{@code from}, {@code to}) and records the loads as
     * refreshed, in one transaction; then publishes {@link FactsRefreshed}.
     *
     * @param from the earliest arrival or event that changed
     * @param to the end of the change (excluded)
     * @param loadIds the loads whose data the range holds, recorded in {@code fact_refresh}
     * @return the range of slots rebuilt
     */
    public FactsRefreshed rebuild(Instant from, Instant to, Collection<Long> loadIds) {
        var slotFrom = UtcDays.startOf(from.minus(settings.fcrWindow()));
        var slotTo = UtcDays.boundaryFrom(FactKey.slotOf(to.minusNanos(1)).plus(FactKey.SLOT));
        var started = clock.instant();
        long[] counts = transaction.execute(status -> {
            store.deleteFacts(slotFrom, slotTo);
            long contactFacts = buildContactFacts(slotFrom, slotTo);
            long agentFacts = buildAgentFacts(slotFrom, slotTo);
            for (long loadId : loadIds) {
                recordRefresh(loadId, slotFrom, slotTo);
            }
            return new long[] {contactFacts, agentFacts};
        });
        var refreshed = new FactsRefreshed(slotFrom, slotTo);
        log.info("KPI facts rebuilt for {} to {}: {} contact facts, {} agent facts, loads {}, in {} ms",
                slotFrom, slotTo, counts[0], counts[1], loadIds,
                Duration.between(started, clock.instant()).toMillis());
        events.publishEvent(refreshed);
        return refreshed;
    }

    private long buildContactFacts(Instant slotFrom, Instant slotTo) {
        var buffer = new FactBuffer<FactKey, ContactFact>(
                ContactFact::key, FactKey::slotStart, ContactFact::merge, chunk -> {
                    store.insertContactFacts(FactTable.CONTACTS, chunk.values());
                    store.insertContactFacts(
                            FactTable.CONTACTS_ROLLED_UP, Rollups.contacts(chunk.values(), FactKeys.allAgents()));
                    store.insertContactDayFacts(chunk.values());
                });
        var builder = new ContactFactBuilder(settings.keeping(slotFrom, slotTo), buffer::accept);
        interactions.contacts(slotFrom, slotTo.plus(settings.fcrWindow()), builder::accept);
        builder.finish();
        buffer.flush();
        return buffer.facts();
    }

    private long buildAgentFacts(Instant slotFrom, Instant slotTo) {
        var buffer = new FactBuffer<AgentFactKey, AgentFact>(
                AgentFact::key, AgentFactKey::slotStart, AgentFact::merge, chunk -> {
                    store.insertAgentFacts(FactTable.TIME, chunk.values());
                    store.insertAgentFacts(FactTable.TIME_ROLLED_UP,
                            Rollups.agents(chunk.values(), FactKeys.agentToGroup(agent -> FactStore.ALL_AGENTS)));
                    store.insertTimeDayFacts(chunk.values());
                });
        var builder = new AgentFactBuilder(settings.keeping(slotFrom, slotTo), buffer::accept);
        var open = settings.maxOpenState();
        interactions.agentEvents(slotFrom.minus(open), slotTo.plus(open), builder::accept);
        builder.finish();
        buffer.flush();
        return buffer.facts();
    }

    private void recordRefresh(long loadId, Instant slotFrom, Instant slotTo) {
        jdbc.sql("DELETE FROM fact_refresh WHERE load_id = :load").param("load", loadId).update();
        jdbc.sql("""
                INSERT INTO fact_refresh (load_id, refreshed_at, range_from, range_to)
                VALUES (:load, :now, :from, :to)""")
                .param("load", loadId)
                .param("now", FactStore.timestamp(clock.instant()))
                .param("from", FactStore.timestamp(slotFrom))
                .param("to", FactStore.timestamp(slotTo))
                .update();
    }
}
