package org.switchboard.server.kpi.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.switchboard.engine.core.AgentState;
import org.switchboard.server.kpi.dashboard.AgentDays;
import org.switchboard.server.kpi.dashboard.AgentDirectory;
import org.switchboard.server.kpi.dashboard.DashboardFilter;
import org.switchboard.server.kpi.dashboard.KpiDashboard;
import org.switchboard.server.kpi.dashboard.Metric;
import org.switchboard.server.kpi.dashboard.PeriodChoice;
import org.switchboard.server.kpi.dashboard.ReportPeriod;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agent page ({@value #AGENT}): one agent's productivity and occupancy on a chosen local day (from the facts), the
 * states timeline of that day (js/kpi-agent.js draws it) and the contacts the agent took. The agent's name is shown
 * only to roles that may see it; customers' numbers are masked except for ADMIN and SUPERVISOR ({@link KpiAccess}).
 */
@Controller
class AgentPageController {

    /** The agent page; {@code ?day=YYYY-MM-DD} chooses the day (default today). */
    static final String AGENT = "/kpis/agents/{agentId}";

    private final KpiDashboard dashboard;
    private final AgentDays days;
    private final AgentDirectory directory;
    private final DashboardPage page;
    private final MessageSource messages;
    private final JsonMapper json;

    AgentPageController(
            KpiDashboard dashboard,
            AgentDays days,
            AgentDirectory directory,
            DashboardPage page,
            MessageSource messages,
            JsonMapper json) {
        this.dashboard = dashboard;
        this.days = days;
        this.directory = directory;
        this.page = page;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping(AGENT)
    String agent(
            @PathVariable String agentId,
            @RequestParam(name = "day", required = false) @Nullable String dayParameter,
            Model model,
            Locale locale) {
        var access = KpiAccess.current();
        var day = page.today();
        if (dayParameter != null && !dayParameter.isBlank()) {
            try {
                day = LocalDate.parse(dayParameter.strip());
            } catch (DateTimeParseException unreadable) {
                model.addAttribute("requestError", "kpi.error.day");
            }
        }
        var zone = dashboard.zone();
        var entry = directory.agent(agentId);
        model.addAttribute("access", access);
        model.addAttribute("agentId", agentId);
        model.addAttribute("agentLabel", access.seesAgentNames() && entry.isPresent()
                ? entry.get().name() + " (" + agentId + ")"
                : agentId);
        model.addAttribute("team", entry.flatMap(AgentDirectory.AgentEntry::team).orElse(""));
        model.addAttribute("day", day);
        model.addAttribute("zone", zone);
        var filter = new DashboardFilter(PeriodChoice.CUSTOM, new ReportPeriod(day, day), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(agentId));
        var format = new FigureFormat(messages, locale);
        model.addAttribute("row", dashboard.agentTable(filter).stream()
                .findFirst()
                .map(row -> AgentRowView.of(row, access, format))
                .orElse(null));
        model.addAttribute("figures", productivityFigures(filter, format));
        var timeline = days.timeline(agentId, day, zone);
        model.addAttribute("hasTimeline", !timeline.isEmpty());
        model.addAttribute("timelineJson", json.writeValueAsString(timelineData(timeline, day, locale)));
        model.addAttribute("contacts", days.contacts(agentId, day, zone).stream()
                .map(contact -> ContactView.of(contact, access, zone))
                .toList());
        return "kpi/agent";
    }

    private List<TileView> productivityFigures(DashboardFilter filter, FigureFormat format) {
        var figures = dashboard.figures(filter);
        return figures.tiles().getOrDefault(Metric.Group.PRODUCTIVITY, List.of()).stream()
                .map(tile -> TileView.of(tile, format))
                .toList();
    }

    private TimelineData timelineData(List<AgentDays.StateInterval> intervals, LocalDate day, Locale locale) {
        var states = new ArrayList<String>();
        for (var state : AgentState.values()) {
            states.add(messages.getMessage("kpi.state." + state.name(), null, locale));
        }
        var bars = new ArrayList<List<Object>>();
        for (var interval : intervals) {
            var label = interval.reason().map(reason -> states.get(interval.state().ordinal()) + ": " + reason)
                    .orElse(states.get(interval.state().ordinal()));
            bars.add(List.of(interval.state().ordinal(), wallClock(interval.from()), wallClock(interval.to()),
                    label, Duration.between(interval.from(), interval.to()).toSeconds()));
        }
        return new TimelineData(states, bars, wallClock(day.atStartOfDay()), wallClock(day.plusDays(1).atStartOfDay()));
    }

    /** {@return the centre's local wall-clock time of an instant, as epoch milliseconds of that time read as UTC} */
    private long wallClock(Instant instant) {
        return wallClock(LocalDateTime.ofInstant(instant, dashboard.zone()));
    }

    private static long wallClock(LocalDateTime local) {
        return local.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /**
     * What {@code js/kpi-agent.js} draws. Times are the centre's wall-clock times written as UTC epoch milliseconds,
     * so that the chart (which draws in UTC) shows the centre's local time whatever the reader's browser zone.
     *
     * @param states translated state names, by {@link AgentState} ordinal
     * @param intervals {@code [state ordinal, from ms, to ms, label, seconds]} per interval
     * @param dayStart local midnight starting the day
     * @param dayEnd local midnight ending the day
     */
    record TimelineData(List<String> states, List<List<Object>> intervals, long dayStart, long dayEnd) {}
}
