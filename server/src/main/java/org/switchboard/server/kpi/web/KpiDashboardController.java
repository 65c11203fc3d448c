package org.switchboard.server.kpi.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.switchboard.server.kpi.dashboard.KpiDashboard;
import org.switchboard.server.kpi.dashboard.QueueTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operational dashboard ({@value #DASHBOARD}): period and filters, the KPI tiles by metrics.md section with their
 * definitions and status, each queue against its targets, the time series and the two heat-maps; and the agent table
 * ({@value #AGENTS}), the drill-down of the same period and filters.
 */
@Controller
class KpiDashboardController {

    /** The dashboard. */
    static final String DASHBOARD = "/kpis";

    /** The agent table of the dashboard's period and filters. */
    static final String AGENTS = "/kpis/agents";

    private final KpiDashboard dashboard;
    private final DashboardPage page;
    private final MessageSource messages;
    private final JsonMapper json;

    KpiDashboardController(KpiDashboard dashboard, DashboardPage page, MessageSource messages, JsonMapper json) {
        this.dashboard = dashboard;
        this.page = page;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping(DASHBOARD)
    String dashboard(@ModelAttribute DashboardRequest request, Model model, Locale locale) {
        var access = KpiAccess.current();
        var filter = page.filter(request, model);
        page.addFilter(model, request, filter, access);
        var figures = dashboard.figures(filter);
        var format = new FigureFormat(messages, locale);
        model.addAttribute("figures", figures);
        model.addAttribute("tiles", page.tiles(figures, locale));
        model.addAttribute("queueRows", figures.queues().stream().map(queue -> QueueRow.of(queue, format)).toList());
        model.addAttribute("seriesUnit", ChartData.unitKey(figures.series().unit()));
        model.addAttribute("chartJson", json.writeValueAsString(
                ChartData.of(figures, dashboard.zone(), locale, chartNames(locale))));
        return "kpi/dashboard";
    }

    @GetMapping(AGENTS)
    String agents(@ModelAttribute DashboardRequest request, Model model, Locale locale) {
        var access = KpiAccess.current();
        var filter = page.filter(request, model);
        page.addFilter(model, request, filter, access);
        var format = new FigureFormat(messages, locale);
        model.addAttribute("agentRows", dashboard.agentTable(filter).stream()
                .map(row -> AgentRowView.of(row, access, format))
                .toList());
        return "kpi/agents";
    }

    private LinkedHashMap<String, String> chartNames(Locale locale) {
        var names = new LinkedHashMap<String, String>();
        for (var key : List.of("offered", "answered", "abandoned", "service-level", "asa", "abandon-rate", "aht",
                "volume", "contacts", "percent", "seconds")) {
            names.put(key, messages.getMessage("kpi.chart." + key, null, locale));
        }
        return names;
    }

    /**
     * A queue's line of the target table.
     *
     * @param queue the queue's figures and settings
     * @param serviceLevel SL written out, with status
     * @param asa ASA written out, with status
     * @param abandonRate abandonment rate written out, with status
     */
    record QueueRow(QueueTarget queue, TileView serviceLevel, TileView asa, TileView abandonRate) {

        static QueueRow of(QueueTarget queue, FigureFormat format) {
            return new QueueRow(queue, TileView.of(queue.serviceLevel(), format), TileView.of(queue.asa(), format),
                    TileView.of(queue.abandonRate(), format));
        }
    }
}
