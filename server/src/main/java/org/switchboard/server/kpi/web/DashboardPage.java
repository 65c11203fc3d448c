package org.switchboard.server.kpi.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import org.switchboard.engine.core.Channel;
import org.switchboard.server.kpi.dashboard.DashboardFigures;
import org.switchboard.server.kpi.dashboard.DashboardFilter;
import org.switchboard.server.kpi.dashboard.KpiDashboard;
import org.switchboard.server.kpi.dashboard.Metric;
import org.switchboard.server.kpi.dashboard.PeriodChoice;

/**
 * What the dashboard pages (the dashboard and the agent table) share: reading the request into a filter, the filter
 * options (periods, queues, channels, teams, agents — names only for roles that may see them), the data span for the
 * "no data yet" notice and the query string that keeps the filter across links and exports.
 */
@Component
class DashboardPage {

    private final KpiDashboard dashboard;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPage(
            KpiDashboard dashboard,
            MessageSource messages,
            Clock clock) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@return the centre's zone} */
    ZoneId zone() {
        return dashboard.zone();
    }

    /** {@return today in the centre's zone} */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), dashboard.zone());
    }

    /**
     * {@return the filter of a request; a refused request puts its message key into the model and falls back to
     * today without filters}
     */
    DashboardFilter filter(DashboardRequest request, Model model) {
        return switch (request.toFilter(today())) {
            case DashboardRequest.Accepted accepted -> accepted.filter();
            case DashboardRequest.Refused refused -> {
                model.addAttribute("requestError", refused.messageKey());
                yield DashboardRequest.unfiltered(today());
            }
        };
    }

    /** Adds the filter form's options and the filter itself to the model. */
    void addFilter(Model model, DashboardRequest request, DashboardFilter filter, KpiAccess access) {
        model.addAttribute("request", request);
        model.addAttribute("filter", filter);
        model.addAttribute("periods", List.of(PeriodChoice.values()));
        var options = dashboard.filterOptions();
        model.addAttribute("queueNames", options.queues());
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("teams", options.teams());
        var agents = new LinkedHashMap<String, String>();
        for (var agent : options.agents()) {
            agents.put(agent.id(), access.seesAgentNames() ? agent.name() + " (" + agent.id() + ")" : agent.id());
        }
        model.addAttribute("agentOptions", agents);
        model.addAttribute("zone", dashboard.zone());
        model.addAttribute("query", query(filter));
        model.addAttribute("access", access);
        options.span().ifPresent(span -> {
            model.addAttribute("dataFirstDay", LocalDate.ofInstant(span.first(), dashboard.zone()));
            model.addAttribute("dataLastDay", LocalDate.ofInstant(span.last(), dashboard.zone()));
        });
    }

    /** {@return the tiles of the figures by section, written out} */
    Map<Metric.Group, List<TileView>> tiles(DashboardFigures figures, Locale locale) {
        var format = new FigureFormat(messages, locale);
        var views = new EnumMap<Metric.Group, List<TileView>>(Metric.Group.class);
        figures.tiles().forEach((group, tiles) ->
                views.put(group, tiles.stream().map(tile -> TileView.of(tile, format)).toList()));
        return views;
    }

    /** {@return the query string that gives a filter back, e.g. {@code period=custom&from=…}} */
    static String query(DashboardFilter filter) {
        var uri = UriComponentsBuilder.newInstance().queryParam("period", filter.choice().slug());
        if (filter.choice() == PeriodChoice.CUSTOM) {
            uri.queryParam("from", filter.period().first()).queryParam("to", filter.period().last());
        }
        filter.queue().ifPresent(queue -> uri.queryParam("queue", queue));
        filter.channel().ifPresent(channel -> uri.queryParam("channel", channel.name()));
        filter.team().ifPresent(team -> uri.queryParam("team", team));
        filter.agent().ifPresent(agent -> uri.queryParam("agent", agent));
        return uri.encode().build().getQuery();
    }

    /** {@return a message in the reader's language} */
    String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
