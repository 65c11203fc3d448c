package org.switchboard.server.kpi.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.server.kpi.ExportTable;
import org.switchboard.server.kpi.ExportWriters;
import org.switchboard.server.kpi.dashboard.AgentRow;
import org.switchboard.server.kpi.dashboard.DashboardFigures;
import org.switchboard.server.kpi.dashboard.DashboardFilter;
import org.switchboard.server.kpi.dashboard.KpiDashboard;
import org.switchboard.server.kpi.dashboard.Metric;

/**
 * The dashboard's figures as files, for the same period and filters as the page: {@value #XLSX_PATH} (sheets
 * {@code Filter}, {@code KPIs}, {@code Queues}, {@code Series}, {@code Agents}) and {@value #CSV_PATH}{@code ?part=}
 * {@code tiles}, {@code queues}, {@code series} or {@code agents}. Column names are fixed machine names; shares are
 * fractions 0–1, times seconds, interval starts local times of the centre's zone. Agent names only for roles that may
 * see them.
 */
@Controller
class KpiExportController {

    /** The workbook. */
    static final String XLSX_PATH = "/kpis/export.xlsx";

    /** One table as CSV. */
    static final String CSV_PATH = "/kpis/export.csv";

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final KpiDashboard dashboard;
    private final DashboardPage page;
    private final MessageSource messages;

    KpiExportController(KpiDashboard dashboard, DashboardPage page, MessageSource messages) {
        this.dashboard = dashboard;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping(XLSX_PATH)
    ResponseEntity<byte[]> xlsx(@ModelAttribute DashboardRequest request, Locale locale) throws IOException {
        var filter = page.filter(request, new ExtendedModelMap());
        var access = KpiAccess.current();
        var figures = dashboard.figures(filter);
        var out = new ByteArrayOutputStream();
        ExportWriters.xlsx(List.of(filterTable(filter), tiles(figures, locale), queues(figures), series(figures),
                agents(dashboard.agentTable(filter), access)), "1.0", out);
        return file(out.toByteArray(), XLSX, "kpis-" + filter.period().first() + ".xlsx");
    }

    @GetMapping(CSV_PATH)
    ResponseEntity<byte[]> csv(
            @ModelAttribute DashboardRequest request,
            @RequestParam(name = "part", defaultValue = "tiles") String part,
            Locale locale)
            throws IOException {
        var filter = page.filter(request, new ExtendedModelMap());
        var figures = dashboard.figures(filter);
        var table = switch (part) {
            case "tiles" -> tiles(figures, locale);
            case "queues" -> queues(figures);
            case "series" -> series(figures);
            case "agents" -> agents(dashboard.agentTable(filter), KpiAccess.current());
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "part: must be tiles, queues, series or agents, not " + part);
        };
        var out = new ByteArrayOutputStream();
        ExportWriters.csv(table, out);
        return file(out.toByteArray(), CSV, "kpis-" + part + "-" + filter.period().first() + ".csv");
    }

    private ExportTable filterTable(DashboardFilter filter) {
        var rows = new ArrayList<List<@Nullable Object>>();
        rows.add(List.of("period", filter.choice().slug()));
        rows.add(List.of("first_day", filter.period().first().toString()));
        rows.add(List.of("last_day", filter.period().last().toString()));
        rows.add(List.of("time_zone", dashboard.zone().getId()));
        rows.add(List.of("queue", filter.queue().orElse("")));
        rows.add(List.of("channel", filter.channel().map(Enum::name).orElse("")));
        rows.add(List.of("team", filter.team().orElse("")));
        rows.add(List.of("agent", filter.agent().orElse("")));
        return new ExportTable("Filter", List.of("parameter", "value"), rows);
    }

    private ExportTable tiles(DashboardFigures figures, Locale locale) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var tile : figures.allTiles()) {
            var metric = tile.metric();
            rows.add(Arrays.asList(metric.group().slug(), metric.slug(),
                    messages.getMessage("kpi.metric." + metric.slug(), null, locale), figure(tile.value(), metric.unit()),
                    metric.unit().name().toLowerCase(Locale.ROOT), number(tile.target()), tile.status().slug()));
        }
        return new ExportTable("KPIs",
                List.of("group", "metric", "name", "value", "unit", "target", "status"), rows);
    }

    private static ExportTable queues(DashboardFigures figures) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var queue : figures.queues()) {
            var kpi = queue.setting().kpi();
            var f = queue.figures();
            rows.add(Arrays.asList(queue.setting().queue(), queue.setting().channel().name(), kpi.variant().name(),
                    kpi.serviceLevelSeconds(), kpi.shortAbandonSeconds(), f.offered(), f.answered(), f.abandoned(),
                    f.shortAbandons(), f.overflowed(), number(f.serviceLevel()), number(kpi.serviceLevelTarget()),
                    queue.serviceLevel().status().slug(), number(f.asaSeconds()), number(kpi.asaTargetSeconds()),
                    queue.asa().status().slug(), number(f.abandonRate()), number(kpi.abandonRateTarget()),
                    queue.abandonRate().status().slug()));
        }
        return new ExportTable("Queues", List.of("queue", "channel", "sl_variant", "sl_threshold_seconds",
                "short_abandon_seconds", "offered", "answered", "abandoned", "short_abandons", "overflowed",
                "service_level", "service_level_target", "service_level_status", "asa_seconds", "asa_target_seconds",
                "asa_status", "abandon_rate", "abandon_rate_target", "abandon_rate_status"), rows);
    }

    private ExportTable series(DashboardFigures figures) {
        var series = figures.series();
        var rows = new ArrayList<List<@Nullable Object>>();
        for (int i = 0; i < series.starts().size(); i++) {
            rows.add(Arrays.asList(LocalDateTime.ofInstant(series.starts().get(i), dashboard.zone()),
                    series.offered().get(i), series.answered().get(i), series.abandoned().get(i),
                    series.serviceLevel().get(i), series.asaSeconds().get(i), series.abandonRate().get(i),
                    series.ahtSeconds().get(i)));
        }
        return new ExportTable("Series", List.of("interval_start", "offered", "answered", "abandoned",
                "service_level", "asa_seconds", "abandon_rate", "aht_seconds"), rows);
    }

    private static ExportTable agents(List<AgentRow> agentRows, KpiAccess access) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var row : agentRows) {
            var p = row.productivity();
            rows.add(Arrays.asList(row.agentId(), access.seesAgentNames() ? row.name().orElse("") : "",
                    row.team().orElse(""), p.handled(), number(p.ahtSeconds()), number(p.averageTalkSeconds()),
                    number(p.averageWrapSeconds()), number(p.occupancy()), number(row.quality().fcr()),
                    number(row.quality().transferRate()), row.revenue().sales(), row.revenue().revenue()));
        }
        return new ExportTable("Agents", List.of("agent_id", "agent_name", "team", "handled", "aht_seconds",
                "talk_seconds", "wrap_seconds", "occupancy", "fcr", "transfer_rate", "sales", "revenue"), rows);
    }

    /** {@return a figure as a cell: counts as whole numbers, the rest as decimals} */
    private static @Nullable Number figure(OptionalDouble value, Metric.Unit unit) {
        if (value.isEmpty()) {
            return null;
        }
        return unit == Metric.Unit.COUNT ? (Number) Math.round(value.getAsDouble()) : (Number) value.getAsDouble();
    }

    private static @Nullable Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
