package org.switchboard.server.kpi.facts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.ContactFact;

/**
 * Fills the per-agent day facts of a database whose 15-minute facts were built before the day facts existed: migration
 * V015 asks for it with a row in {@code day_fact_backfill}. Each UTC day from the first to the last per-agent fact gets
 * its day facts merged from its stored 15-minute facts ({@link FactStore#insertContactDayFacts},
 * {@link FactStore#insertTimeDayFacts}), the day facts of the same days that {@link FactRefresh} would write. All days
 * and the deletion of the request are one transaction: a fill killed half-way leaves the request, and the next start
 * fills again.
 *
 * <p>It runs once the beans are made and before the web server starts, so no page reads the agent table while whole
 * days of day facts are missing. A year of a 512-agent centre is about 4 million 15-minute facts to read once.
 */
@Component
class DayFactBackfill implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DayFactBackfill.class);

    private final FactStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DayFactBackfill(FactStore store, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        fillIfAsked();
    }

    /**
     * Fills the day facts if the database asks for it, and removes the request.
     *
     * @return the days filled, empty when nothing was asked
     */
    Optional<Days> fillIfAsked() {
        var started = clock.instant();
        var filled = transaction.execute(status -> {
            long asked = jdbc.sql("SELECT COUNT(*) FROM day_fact_backfill").query(Long.class).single();
            if (asked == 0) {
                return Optional.<Days>empty();
            }
            var span = store.perAgentSpan().map(slots -> new Days(
                    UtcDays.startOf(slots.first()), UtcDays.startOf(slots.last()).plus(UtcDays.DAY)));
            span.ifPresent(this::fill);
            jdbc.sql("DELETE FROM day_fact_backfill").update();
            return span;
        });
        filled.ifPresent(days -> log.info("Per-agent day facts filled from the 15-minute facts for {} to {} in {} ms",
                days.from(), days.to(), Duration.between(started, clock.instant()).toMillis()));
        return filled;
    }

    private void fill(Days days) {
        store.deleteDayFacts(days.from(), days.to());
        for (var day = days.from(); day.isBefore(days.to()); day = day.plus(UtcDays.DAY)) {
            var dayEnd = day.plus(UtcDays.DAY);
            var contacts = new ArrayList<ContactFact>();
            var perAgent = new FactQuery(day, dayEnd, Optional.empty(), Optional.empty(), Optional.empty(), true);
            store.readContactFacts(perAgent, contacts::add);
            store.insertContactDayFacts(contacts);
            var time = new ArrayList<AgentFact>();
            store.readAgentFacts(FactTable.TIME, day, dayEnd, Optional.empty(), time::add);
            store.insertTimeDayFacts(time);
        }
    }

    /**
     * The UTC days filled.
     *
     * @param from the first day's start
     * @param to the end of the last day (excluded)
     */
    record Days(Instant from, Instant to) {}
}
