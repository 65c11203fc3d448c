package org.switchboard.server.schedules.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.adherence.AdherenceReports;

/**
 * The adherence page: a published version (the latest published by default) against the agents' state events, per
 * team and day, per agent on a chosen day, with each agent's deviations on a timeline.
 */
@Controller
class AdherenceController {

    static final String ADHERENCE = "/schedules/adherence";

    private final SchedulePlanning planning;
    private final AdherenceReports reports;
    private final ZoneId zone;

    AdherenceController(
            SchedulePlanning planning, AdherenceReports reports, @Value("${switchboard.time-zone}") ZoneId zone) {
        this.planning = planning;
        this.reports = reports;
        this.zone = zone;
    }

    @GetMapping(ADHERENCE)
    String adherence(
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable LocalDate day,
            Model model) {
        var published = planning.published();
        model.addAttribute("published", published);
        model.addAttribute("zone", zone);
        if (published.isEmpty() && version == null) {
            return "schedules/adherence";
        }
        long chosen = version != null ? version : published.getFirst().id();
        AdherenceReports.Report report;
        try {
            report = reports.of(chosen);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var run = planning.run(report.version().runId()).orElseThrow();
        var shown = day != null && !day.isBefore(run.periodStart()) && day.isBefore(run.periodEnd())
                ? day
                : run.periodStart();
        model.addAttribute("report", report);
        model.addAttribute("run", run);
        model.addAttribute("day", shown);
        model.addAttribute("days", run.periodStart().datesUntil(run.periodEnd()).toList());
        model.addAttribute("timeline", DeviationTimeline.of(report, shown, zone));
        return "schedules/adherence";
    }
}
