package org.switchboard.server.kpi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.AgentFactKey;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.kpi.ProductivityKpis;
import org.switchboard.server.kpi.facts.FactQuery;
import org.switchboard.server.kpi.facts.FactStore;

/**
 * The interval history of a queue's inbound contacts, read from the KPI facts, for modules that plan from it
 * (forecasting): contacts offered and handled and the AHT per 15-, 30- or 60-minute interval of the centre's local
 * time. Within the days the facts cover, an interval without facts had no contacts (0 offered); days outside them are
 * not reported at all, so a caller can tell a closed interval from a day without data.
 */
@Service
public class QueueHistory {

    private final FactStore facts;
    private final ZoneId zone;

    QueueHistory(FactStore facts, @Value("${switchboard.time-zone}") ZoneId zone) {
        this.facts = facts;
        this.zone = zone;
    }

    /** {@return the centre's zone, in which intervals and days are local} */
    public ZoneId zone() {
        return zone;
    }

    /** {@return every queue the facts know, in name order} */
    public List<String> queues() {
        return List.copyOf(facts.knownQueues().keySet());
    }

    /**
     * {@return the local days the facts cover: the first and the last day with any fact, empty when there are none}
     */
    public Optional<HistoryDays> days() {
        return facts.span().map(span -> new HistoryDays(
                span.first().atZone(zone).toLocalDate(), span.last().atZone(zone).toLocalDate()));
    }

    /**
     * The local days the facts cover.
     *
     * @param first the first day
     * @param last the last day
     */
    public record HistoryDays(LocalDate first, LocalDate last) {}

    /**
     * {@return one entry per local interval of the days {@code first} to {@code last} (both included) that the facts
     * cover, in time order; intervals without facts count 0}
     *
     * @param queue the queue
     * @param first the first day
     * @param last the last day
     * @param intervalMinutes 15, 30 or 60
     * @throws IllegalArgumentException if the interval length is not 15, 30 or 60 or {@code last} is before
     *     {@code first}
     */
    public List<QueueInterval> intervals(String queue, LocalDate first, LocalDate last, int intervalMinutes) {
        if (intervalMinutes != 15 && intervalMinutes != 30 && intervalMinutes != 60) {
            throw new IllegalArgumentException("interval minutes must be 15, 30 or 60: " + intervalMinutes);
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last day " + last + " is before first day " + first);
        }
        var covered = days();
        if (covered.isEmpty()) {
            return List.of();
        }
        var from = first.isBefore(covered.get().first()) ? covered.get().first() : first;
        var to = last.isAfter(covered.get().last()) ? covered.get().last() : last;
        if (to.isBefore(from)) {
            return List.of();
        }
        var merged = new TreeMap<LocalDateTime, ContactFact>();
        var query = new FactQuery(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                Optional.of(queue), Optional.empty(), Optional.empty(), false);
        facts.readContactFacts(query, fact -> {
            if (fact.key().direction() == Direction.INBOUND) {
                var start = intervalStart(fact.key().slotStart().atZone(zone).toLocalDateTime(), intervalMinutes);
                var key = fact.key();
                var rekeyed = fact.rekey(new FactKey(key.slotStart(), queue, key.channel(), Direction.INBOUND,
                        FactKey.NO_AGENT));
                merged.merge(start, rekeyed, (a, b) -> a.merge(b.rekey(a.key())));
            }
        });
        var out = new ArrayList<QueueInterval>();
        for (var start = from.atStartOfDay(); start.isBefore(to.plusDays(1).atStartOfDay());
                start = start.plusMinutes(intervalMinutes)) {
            var fact = merged.get(start);
            if (fact == null) {
                out.add(new QueueInterval(start, 0, 0, OptionalDouble.empty()));
            } else {
                var aht = ProductivityKpis.of(fact, AgentFact.empty(new AgentFactKey(fact.key().slotStart(),
                        FactStore.ALL_AGENTS))).ahtSeconds();
                out.add(new QueueInterval(start, fact.offered(), fact.handled(), aht));
            }
        }
        return out;
    }

    private static LocalDateTime intervalStart(LocalDateTime local, int intervalMinutes) {
        int minuteOfDay = local.getHour() * 60 + local.getMinute();
        return local.toLocalDate().atStartOfDay().plusMinutes(minuteOfDay - minuteOfDay % intervalMinutes);
    }
}
