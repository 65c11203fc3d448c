package org.switchboard.server.cli;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.AgentFactKey;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.interactions.facts.FactKey;
import org.switchboard.engine.interactions.facts.FactKeys;
import org.switchboard.engine.interactions.facts.PeriodGrid;
import org.switchboard.engine.interactions.facts.Rollups;
import org.switchboard.engine.kpi.AccessibilityKpis;
import org.switchboard.engine.kpi.ProductivityKpis;
import org.switchboard.engine.kpi.QualityKpis;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.engine.kpi.RevenueKpis;
import org.switchboard.engine.kpi.ServiceLevelVariant;

/**
 * The JSON document of {@code switchboard report}, as nested maps and lists ready for a JSON writer: the KPIs of
 * each queue over the whole input ({@code queues}), of each queue and local interval ({@code intervals}), of each
 * agent ({@code agents}), and every rejected record ({@code rejected}). Plain numbers: shares as fractions 0–1, times
 * in seconds, {@code null} for a ratio with nothing to divide by.
 *
 * @param serviceLevelSeconds T for every queue, or empty for each channel's default (20 s voice and video, 60 s chat
 *     and messenger)
 * @param shortAbandonSeconds the short-abandon threshold
 * @param variant the service-level variant
 * @param grid the local intervals of {@code intervals}
 */
record ReportDocument(
        OptionalLong serviceLevelSeconds, long shortAbandonSeconds, ServiceLevelVariant variant, PeriodGrid grid) {

    /**
     * {@return the document}
     *
     * @param contactFacts the contact facts of the input
     * @param agentFacts the agent facts of the input
     * @param rejected the problems of the input, in reading order
     */
    Map<String, Object> build(List<ContactFact> contactFacts, List<AgentFact> agentFacts, List<InputProblem> rejected) {
        var document = new LinkedHashMap<String, Object>();
        var queues = new ArrayList<Map<String, @Nullable Object>>();
        for (var fact : Rollups.contacts(contactFacts, key -> key.withSlotStart(Instant.EPOCH).withAgentId(""))) {
            queues.add(queueFields(fact, new LinkedHashMap<>()));
        }
        var intervals = new ArrayList<Map<String, @Nullable Object>>();
        var offsetFormat = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (var fact : Rollups.contacts(contactFacts, FactKeys.toPeriod(grid).andThen(FactKeys.allAgents()))) {
            var fields = new LinkedHashMap<String, @Nullable Object>();
            fields.put("start", offsetFormat.format(fact.key().slotStart().atZone(grid.zone())));
            intervals.add(queueFields(fact, fields));
        }
        document.put("queues", queues);
        document.put("intervals", intervals);
        document.put("agents", agents(contactFacts, agentFacts));
        document.put("rejected", rejected.stream().map(ReportDocument::problemFields).toList());
        return document;
    }

    private Map<String, @Nullable Object> queueFields(ContactFact fact, Map<String, @Nullable Object> fields) {
        var key = fact.key();
        var settings = settingsFor(key.channel());
        var access = AccessibilityKpis.of(fact, settings);
        var quality = QualityKpis.of(fact);
        var time = AgentFact.empty(new AgentFactKey(Instant.EPOCH, "all"));
        var productivity = ProductivityKpis.of(fact, time);
        var revenue = RevenueKpis.of(fact, time);
        fields.put("queue", key.queue());
        fields.put("channel", key.channel().name());
        fields.put("direction", key.direction().name());
        fields.put("offered", access.offered());
        fields.put("answered", access.answered());
        fields.put("abandoned", access.abandoned());
        fields.put("shortAbandons", access.shortAbandons());
        fields.put("overflowed", access.overflowed());
        fields.put("transferred", fact.transferred());
        fields.put("answeredWithinThreshold", access.answeredWithinThreshold());
        fields.put("serviceLevelSeconds", settings.serviceLevelSeconds());
        fields.put("serviceLevelVariant", access.variant().name());
        fields.put("serviceLevel", value(access.serviceLevel()));
        fields.put("asa", value(access.asaSeconds()));
        fields.put("abandonRate", value(access.abandonRate()));
        fields.put("averageTimeToAbandon", value(access.averageTimeToAbandonSeconds()));
        fields.put("longestWait", value(access.longestWaitSeconds()));
        fields.put("waitP50", value(access.waitP50Seconds()));
        fields.put("waitP90", value(access.waitP90Seconds()));
        fields.put("waitP95", value(access.waitP95Seconds()));
        fields.put(
                "answeredWithinDeadline",
                key.channel().isRealTime() ? null : value(access.answeredWithinDeadline()));
        fields.put("aht", value(productivity.ahtSeconds()));
        fields.put("averageTalk", value(productivity.averageTalkSeconds()));
        fields.put("averageWrap", value(productivity.averageWrapSeconds()));
        fields.put("transferRate", value(quality.transferRate()));
        fields.put("fcr", value(quality.fcr()));
        fields.put("repeatContactRate", value(quality.repeatContactRate()));
        fields.put("conversionRate", value(revenue.conversionRate()));
        fields.put("revenue", revenue.revenue());
        return fields;
    }

    private QueueKpiSettings settingsFor(Channel channel) {
        var defaults = QueueKpiSettings.defaultsFor(channel);
        return defaults.with(
                serviceLevelSeconds.orElse(defaults.serviceLevelSeconds()), shortAbandonSeconds, variant);
    }

    /** Per agent over the whole input: the agent's time from its events and the contacts it handled. */
    private static List<Map<String, @Nullable Object>> agents(
            List<ContactFact> contactFacts, List<AgentFact> agentFacts) {
        var time = new LinkedHashMap<String, AgentFact>();
        for (var fact : Rollups.agents(agentFacts, key -> new AgentFactKey(Instant.EPOCH, key.agentId()))) {
            time.put(fact.key().agentId(), fact);
        }
        var handled = new LinkedHashMap<String, ContactFact>();
        for (var fact : Rollups.contacts(contactFacts, ReportDocument::agentTotalKey)) {
            if (!fact.key().agentId().equals(FactKey.NO_AGENT)) {
                handled.put(fact.key().agentId(), fact);
            }
        }
        var agents = new TreeSet<String>(time.keySet());
        agents.addAll(handled.keySet());
        var out = new ArrayList<Map<String, @Nullable Object>>();
        for (var agent : agents) {
            var agentTime = time.getOrDefault(agent, AgentFact.empty(new AgentFactKey(Instant.EPOCH, agent)));
            var contacts = handled.getOrDefault(agent, ContactFact.empty(agentTotalKey(agent)));
            var productivity = ProductivityKpis.of(contacts, agentTime);
            var fields = new LinkedHashMap<String, @Nullable Object>();
            fields.put("agent", agent);
            fields.put("handled", productivity.handled());
            fields.put("loggedIn", agentTime.loggedInMillis() / 1000.0);
            fields.put("ready", agentTime.readyMillis() / 1000.0);
            fields.put("onContact", agentTime.onContactMillis() / 1000.0);
            fields.put("wrapUp", agentTime.wrapUpMillis() / 1000.0);
            fields.put("paused", agentTime.pausedMillis() / 1000.0);
            fields.put("occupancy", value(productivity.occupancy()));
            fields.put("handledPerProductiveHour", value(productivity.handledPerProductiveHour()));
            fields.put("aht", value(productivity.ahtSeconds()));
            out.add(fields);
        }
        return out;
    }

    /** All of an agent's contacts under one key: the queue, channel and direction are placeholders. */
    private static FactKey agentTotalKey(FactKey key) {
        return agentTotalKey(key.agentId());
    }

    private static FactKey agentTotalKey(String agent) {
        return new FactKey(Instant.EPOCH, "*", Channel.VOICE, Direction.INBOUND, agent);
    }

    /** {@return a rejected record as JSON fields: file, line, field, value, reason (also used by survey metrics)} */
    static Map<String, Object> problemFields(InputProblem problem) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("file", problem.file());
        fields.put("line", problem.line());
        fields.put("field", problem.field());
        fields.put("value", problem.value());
        fields.put("reason", problem.reason());
        return fields;
    }

    private static @Nullable Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static @Nullable Long value(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
