package org.switchboard.server.kpi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.AgentFactKey;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.interactions.facts.PeriodGrid;

/**
 * One pass over the facts of a dashboard: merges every fact into the sums the page needs, so a period of any length
 * costs one read of its facts. Accessibility sums (§1) hold inbound contacts only, per queue, because each queue is
 * judged with its own thresholds; the other sums hold every contact. Each fact is merged into small sums only (its
 * series bucket and heat-map cell); the period totals are merged from the bucket sums afterwards, so the large
 * histograms of the totals are merged once per bucket instead of once per fact.
 *
 * <ul>
 *   <li>per queue, inbound: the tiles and the queue-target table;
 *   <li>all contacts: productivity, FCR, transfers and revenue;
 *   <li>per series bucket (local 15/30/60 minutes or day) and queue, inbound, and per bucket over all contacts;
 *   <li>per heat-map cell (local time of day × date, or × weekday) and queue, inbound;
 *   <li>the agent time of the period.
 * </ul>
 */
final class FactCube {

    /** The key every merged fact is re-keyed to: grouping is done by the maps, not by the facts' keys. */
    static final FactKey ANY = new FactKey(Instant.EPOCH, "*", Channel.VOICE, Direction.INBOUND, "");

    /** The key merged agent facts are re-keyed to. */
    static final AgentFactKey ANY_AGENT = new AgentFactKey(Instant.EPOCH, "*");
    private static final int SLOT_MINUTES = 15;

    private final ZoneId zone;
    private final PeriodGrid seriesGrid;
    private final LocalDate firstDay;
    private final boolean heatMapByDate;
    private final Map<String, Channel> channelOfQueue = new TreeMap<>();
    private final Map<Instant, Map<String, ContactFact>> inboundByBucket = new TreeMap<>();
    private final Map<Instant, ContactFact> allByBucket = new TreeMap<>();
    private final Map<Cell, Map<String, ContactFact>> inboundByCell = new HashMap<>();
    private final AgentFact.Accumulator time = new AgentFact.Accumulator(ANY_AGENT);

    FactCube(ReportPeriod period, ZoneId zone) {
        this.zone = zone;
        this.seriesGrid = PeriodGrid.of(period.seriesUnit(), zone);
        this.firstDay = period.first();
        this.heatMapByDate = period.heatMapByDate();
    }

    /** Merges one contact fact. */
    void add(ContactFact fact) {
        var plain = fact.rekey(ANY);
        var bucket = seriesGrid.startOf(fact.key().slotStart());
        allByBucket.merge(bucket, plain, ContactFact::merge);
        if (fact.key().direction() != Direction.INBOUND) {
            return;
        }
        var queue = fact.key().queue();
        channelOfQueue.putIfAbsent(queue, fact.key().channel());
        inboundByBucket.computeIfAbsent(bucket, b -> new TreeMap<>()).merge(queue, plain, ContactFact::merge);
        inboundByCell.computeIfAbsent(cellOf(fact.key().slotStart()), c -> new TreeMap<>())
                .merge(queue, plain, ContactFact::merge);
    }

    /** Merges one agent fact. */
    void add(AgentFact fact) {
        time.add(fact);
    }

    private Cell cellOf(Instant slotStart) {
        var local = slotStart.atZone(zone);
        int row = (local.getHour() * 60 + local.getMinute()) / SLOT_MINUTES;
        int column = heatMapByDate
                ? (int) ChronoUnit.DAYS.between(firstDay, local.toLocalDate())
                : local.getDayOfWeek().getValue() - 1;
        return new Cell(column, row);
    }

    /** {@return the inbound contacts of the period per queue} */
    Map<String, ContactFact> inboundByQueue() {
        var byQueue = new TreeMap<String, ContactFact>();
        for (var bucket : inboundByBucket.values()) {
            bucket.forEach((queue, fact) -> byQueue.merge(queue, fact, ContactFact::merge));
        }
        return byQueue;
    }

    Map<String, Channel> channelOfQueue() {
        return channelOfQueue;
    }

    Map<Instant, Map<String, ContactFact>> inboundByBucket() {
        return inboundByBucket;
    }

    Map<Instant, ContactFact> allByBucket() {
        return allByBucket;
    }

    Map<Cell, Map<String, ContactFact>> inboundByCell() {
        return inboundByCell;
    }

    /** {@return every contact of the period} */
    ContactFact all() {
        var all = ContactFact.empty(ANY);
        for (var bucket : allByBucket.values()) {
            all = all.merge(bucket);
        }
        return all;
    }

    AgentFact time() {
        return time.result();
    }

    PeriodGrid seriesGrid() {
        return seriesGrid;
    }

    /**
     * A heat-map cell.
     *
     * @param column the day since the period's first (by date) or the weekday, Monday 0 (by weekday)
     * @param row the 15-minute interval of the local day, 0 = 00:00
     */
    record Cell(int column, int row) {}
}
