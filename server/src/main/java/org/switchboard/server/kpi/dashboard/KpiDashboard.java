package org.switchboard.server.kpi.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.kpi.AccessibilityKpis;
import org.switchboard.engine.kpi.ProductivityKpis;
import org.switchboard.engine.kpi.QualityKpis;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.engine.kpi.RevenueKpis;
import org.switchboard.server.kpi.FactsRefreshed;
import org.switchboard.server.kpi.facts.FactQuery;
import org.switchboard.server.kpi.facts.FactStore;
import org.switchboard.server.kpi.queues.QueueSetting;
import org.switchboard.server.kpi.queues.QueueSettings;
import org.switchboard.server.kpi.queues.QueueSettingsChanged;

/**
 * Computes the dashboard's figures from the stored facts, never from contacts: one read of the period's facts (agents
 * rolled up unless a team or agent is chosen) merged in one pass ({@link FactCube}), then the engine's KPI formulas
 * (metrics.md §1, §2, §3, §5) on the merged facts, each queue with its own settings.
 *
 * <p><b>Cache.</b> Figures are kept per period and filter in a small LRU cache ({@value #CACHE_SIZE} entries) until the
 * next fact refresh ({@link FactsRefreshed}) or settings change ({@link QueueSettingsChanged}): facts change only
 * through those, so a cached figure is never stale, and a page asked again (a wallboard, a load test, the export
 * after the page) costs no database read. A first request reads the facts: a year of a 500-agent centre is about
 * 35 000 slots × the queues in {@code queue_fact}.
 */
@Service
public class KpiDashboard {

    /** How many periods and filters the cache keeps. */
    static final int CACHE_SIZE = 64;

    private final FactStore facts;
    private final QueueSettings settings;
    private final AgentDirectory directory;
    private final ZoneId zone;
    private final FigureCache<DashboardFilter, DashboardFigures> figures = new FigureCache<>(CACHE_SIZE);
    private final FigureCache<DashboardFilter, List<AgentRow>> agentTables = new FigureCache<>(CACHE_SIZE);
    private final FigureCache<String, FilterOptions> options = new FigureCache<>(1);

    KpiDashboard(
            FactStore facts,
            QueueSettings settings,
            AgentDirectory directory,
            @Value("${switchboard.time-zone}") ZoneId zone) {
        this.facts = facts;
        this.settings = settings;
        this.directory = directory;
        this.zone = zone;
    }

    /** {@return the centre's zone, in which periods and intervals are local} */
    public ZoneId zone() {
        return zone;
    }

    /** {@return the figures of a period and filter} */
    public DashboardFigures figures(DashboardFilter filter) {
        return figures.get(filter, this::compute);
    }

    /** {@return each agent's productivity, FCR, transfers and sales in a period and filter, by agent id} */
    public List<AgentRow> agentTable(DashboardFilter filter) {
        return agentTables.get(filter, this::computeAgentTable);
    }

    /** {@return the queues, teams and agents the filters offer and the span of the facts, read after each refresh} */
    public FilterOptions filterOptions() {
        return options.get("options", key -> new FilterOptions(
                settings.all().stream().map(QueueSetting::queue).toList(), directory.teams(), directory.agents(),
                facts.span()));
    }

    @EventListener
    void on(FactsRefreshed refreshed) {
        forget();
    }

    @EventListener
    void on(QueueSettingsChanged changed) {
        forget();
    }

    private void forget() {
        figures.clear();
        agentTables.clear();
        options.clear();
    }

    private DashboardFigures compute(DashboardFilter filter) {
        var period = filter.period();
        var from = period.from(zone);
        var to = period.to(zone);
        var agents = agentsOf(filter);
        var cube = new FactCube(period, zone);
        facts.readContactFacts(new FactQuery(from, to, filter.queue(), filter.channel(), agents, false), cube::add);
        facts.readAgentFacts(from, to, agents, cube::add);
        var settingsOf = settingsByQueue(cube.channelOfQueue());
        var inboundByQueue = cube.inboundByQueue();
        var all = cube.all();
        var time = cube.time();
        var queues = new ArrayList<QueueTarget>();
        for (var entry : inboundByQueue.entrySet()) {
            var setting = settingsOf.apply(entry.getKey());
            var kpis = AccessibilityKpis.of(entry.getValue(), setting.kpi());
            queues.add(new QueueTarget(setting, kpis,
                    KpiTile.judged(Metric.SERVICE_LEVEL, kpis.serviceLevel(), setting.kpi().serviceLevelTarget()),
                    KpiTile.judged(Metric.ASA, kpis.asaSeconds(), setting.kpi().asaTargetSeconds()),
                    KpiTile.judged(Metric.ABANDON_RATE, kpis.abandonRate(), setting.kpi().abandonRateTarget())));
        }
        var accessibility = combine(inboundByQueue, settingsOf);
        var tiles = new EnumMap<Metric.Group, List<KpiTile>>(Metric.Group.class);
        tiles.put(Metric.Group.ACCESSIBILITY, accessibilityTiles(accessibility, queues));
        tiles.put(Metric.Group.PRODUCTIVITY, productivityTiles(ProductivityKpis.of(all, time)));
        tiles.put(Metric.Group.QUALITY, qualityTiles(QualityKpis.of(all)));
        var revenue = RevenueKpis.of(all, time);
        if (revenue.saleEligible() > 0) {
            tiles.put(Metric.Group.REVENUE, revenueTiles(revenue));
        }
        boolean empty = all.offered() == 0 && time.loggedInMillis() == 0;
        return new DashboardFigures(filter, empty, tiles, queues, accessibility.variant(),
                series(cube, from, to, settingsOf), heatMap(cube, period, settingsOf, true),
                heatMap(cube, period, settingsOf, false));
    }

    /**
     * The agent table reads each agent's facts of the period's whole UTC days from the day roll-up and only the
     * partial days at its edges (the centre's midnight is not UTC midnight) as 15-minute facts: for 8 weeks about 150
     * rows per agent and queue instead of 5 400 (docs/performance.md). The sums, and so the rows, are those of the
     * 15-minute facts.
     */
    private List<AgentRow> computeAgentTable(DashboardFilter filter) {
        var period = filter.period();
        var from = period.from(zone);
        var to = period.to(zone);
        var agents = agentsOf(filter);
        var totals = new AgentTotals();
        facts.readAgentContactFactsByDay(
                new FactQuery(from, to, filter.queue(), filter.channel(), agents, true), totals::addContacts);
        // Without a team or agent every agent's time is read, also of agents without contacts (they get no row),
        // rather than naming hundreds of agents in the query.
        facts.readAgentTimeByDay(from, to, agents, totals::addTime);
        return totals.rows(directoryEntries());
    }

    /** {@return the agent directory's entries by agent id} */
    Map<String, AgentDirectory.AgentEntry> directoryEntries() {
        return directory.agents().stream()
                .collect(Collectors.toMap(AgentDirectory.AgentEntry::id, Function.identity()));
    }

    /** {@return the agents a filter is limited to, empty for every contact} */
    Optional<Set<String>> agentsOf(DashboardFilter filter) {
        if (!filter.byAgents()) {
            return Optional.empty();
        }
        Predicate<AgentDirectory.AgentEntry> inTeam =
                agent -> filter.team().isEmpty() || agent.team().equals(filter.team());
        Predicate<AgentDirectory.AgentEntry> isAgent =
                agent -> filter.agent().isEmpty() || agent.id().equals(filter.agent().get());
        var chosen = directory.agents().stream()
                .filter(inTeam.and(isAgent))
                .map(AgentDirectory.AgentEntry::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (filter.team().isEmpty()) {
            filter.agent().ifPresent(chosen::add);
        }
        return Optional.of(chosen);
    }

    private Function<String, QueueSetting> settingsByQueue(Map<String, Channel> channels) {
        var stored = settings.all().stream().collect(Collectors.toMap(QueueSetting::queue, Function.identity()));
        return queue -> {
            var setting = stored.get(queue);
            return setting != null ? setting : QueueSetting.defaults(queue, channels.getOrDefault(queue, Channel.VOICE));
        };
    }

    private static CombinedAccessibility combine(Map<String, ContactFact> byQueue, Function<String, QueueSetting> settingsOf) {
        var perQueue = new ArrayList<AccessibilityKpis>(byQueue.size());
        ContactFact merged = null;
        for (var entry : byQueue.entrySet()) {
            perQueue.add(AccessibilityKpis.of(entry.getValue(), settingsOf.apply(entry.getKey()).kpi()));
            merged = merged == null ? entry.getValue() : merged.merge(entry.getValue());
        }
        return CombinedAccessibility.of(perQueue, merged == null ? ContactFact.empty(FactCube.ANY) : merged);
    }

    private static List<KpiTile> accessibilityTiles(CombinedAccessibility figures, List<QueueTarget> queues) {
        var free = figures.settingFree();
        return List.of(
                KpiTile.count(Metric.OFFERED, figures.offered()),
                KpiTile.count(Metric.ANSWERED, figures.answered()),
                KpiTile.count(Metric.ABANDONED, figures.abandoned()),
                KpiTile.count(Metric.SHORT_ABANDONS, figures.shortAbandons()),
                KpiTile.count(Metric.OVERFLOWED, figures.overflowed()),
                KpiTile.judged(Metric.SERVICE_LEVEL, figures.serviceLevel(),
                        sharedTarget(queues, setting -> setting.serviceLevelTarget())),
                KpiTile.judged(Metric.ASA, free.asaSeconds(), sharedTarget(queues, setting -> setting.asaTargetSeconds())),
                KpiTile.judged(Metric.ABANDON_RATE, figures.abandonRate(),
                        sharedTarget(queues, setting -> setting.abandonRateTarget())),
                KpiTile.of(Metric.TIME_TO_ABANDON, free.averageTimeToAbandonSeconds()),
                KpiTile.of(Metric.LONGEST_WAIT, free.longestWaitSeconds()),
                KpiTile.of(Metric.WAIT_P50, seconds(free.waitP50Seconds())),
                KpiTile.of(Metric.WAIT_P90, seconds(free.waitP90Seconds())),
                KpiTile.of(Metric.WAIT_P95, seconds(free.waitP95Seconds())));
    }

    private static List<KpiTile> productivityTiles(ProductivityKpis figures) {
        return List.of(
                KpiTile.count(Metric.HANDLED, figures.handled()),
                KpiTile.of(Metric.AHT, figures.ahtSeconds()),
                KpiTile.of(Metric.TALK, figures.averageTalkSeconds()),
                KpiTile.of(Metric.WRAP, figures.averageWrapSeconds()),
                KpiTile.of(Metric.OCCUPANCY, figures.occupancy()),
                KpiTile.of(Metric.HANDLED_PER_PRODUCTIVE_HOUR, figures.handledPerProductiveHour()),
                KpiTile.of(Metric.LOGGED_IN_HOURS, OptionalDouble.of(figures.loggedInHours())),
                KpiTile.of(Metric.PRODUCTIVE_HOURS, OptionalDouble.of(figures.productiveHours())));
    }

    private static List<KpiTile> qualityTiles(QualityKpis figures) {
        return List.of(
                KpiTile.of(Metric.FCR, figures.fcr()),
                KpiTile.of(Metric.REPEAT_RATE, figures.repeatContactRate()),
                KpiTile.of(Metric.TRANSFER_RATE, figures.transferRate()));
    }

    private static List<KpiTile> revenueTiles(RevenueKpis figures) {
        return List.of(
                KpiTile.count(Metric.SALES, figures.sales()),
                KpiTile.of(Metric.CONVERSION_RATE, figures.conversionRate()),
                KpiTile.of(Metric.REVENUE, OptionalDouble.of(figures.revenue().doubleValue())),
                KpiTile.of(Metric.REVENUE_PER_HANDLED, figures.revenuePerHandledContact()),
                KpiTile.of(Metric.REVENUE_PER_PRODUCTIVE_HOUR, figures.revenuePerProductiveHour()));
    }

    /** {@return the target all the queues share, empty when they differ, any has none, or there are no queues} */
    private static OptionalDouble sharedTarget(
            List<QueueTarget> queues, Function<QueueKpiSettings, OptionalDouble> target) {
        var targets = queues.stream().map(queue -> target.apply(queue.setting().kpi())).distinct().toList();
        return targets.size() == 1 ? targets.getFirst() : OptionalDouble.empty();
    }

    private static OptionalDouble seconds(java.util.OptionalLong value) {
        return value.isPresent() ? OptionalDouble.of(value.getAsLong()) : OptionalDouble.empty();
    }

    private static Series series(
            FactCube cube, Instant from, Instant to, Function<String, QueueSetting> settingsOf) {
        var starts = new LinkedHashSet<Instant>();
        for (var slot = from; slot.isBefore(to); slot = slot.plus(FactKey.SLOT)) {
            starts.add(cube.seriesGrid().startOf(slot));
        }
        var offered = new ArrayList<Long>();
        var answered = new ArrayList<Long>();
        var abandoned = new ArrayList<Long>();
        var serviceLevel = new ArrayList<@Nullable Double>();
        var asa = new ArrayList<@Nullable Double>();
        var abandonRate = new ArrayList<@Nullable Double>();
        var aht = new ArrayList<@Nullable Double>();
        for (var start : starts) {
            var figures = combine(cube.inboundByBucket().getOrDefault(start, Map.of()), settingsOf);
            offered.add(figures.offered());
            answered.add(figures.answered());
            abandoned.add(figures.abandoned());
            serviceLevel.add(orNull(figures.serviceLevel()));
            asa.add(orNull(figures.settingFree().asaSeconds()));
            abandonRate.add(orNull(figures.abandonRate()));
            var all = cube.allByBucket().get(start);
            aht.add(all == null ? null : orNull(ProductivityKpis.of(all, AgentFact.empty(FactCube.ANY_AGENT)).ahtSeconds()));
        }
        return new Series(cube.seriesGrid().unit(), List.copyOf(starts), offered, answered, abandoned, serviceLevel, asa,
                abandonRate, aht);
    }

    private static HeatMap heatMap(
            FactCube cube, ReportPeriod period, Function<String, QueueSetting> settingsOf, boolean serviceLevel) {
        var cells = new ArrayList<HeatMap.HeatCell>();
        for (var entry : cube.inboundByCell().entrySet()) {
            var figures = combine(entry.getValue(), settingsOf);
            var value = serviceLevel ? figures.serviceLevel() : OptionalDouble.of(figures.offered());
            if (value.isPresent()) {
                cells.add(new HeatMap.HeatCell(entry.getKey().column(), entry.getKey().row(), value.getAsDouble()));
            }
        }
        cells.sort(java.util.Comparator.comparingInt(HeatMap.HeatCell::column).thenComparingInt(HeatMap.HeatCell::row));
        boolean byDate = period.heatMapByDate();
        return new HeatMap(byDate, byDate ? period.days() : 7, cells);
    }

    private static @Nullable Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
