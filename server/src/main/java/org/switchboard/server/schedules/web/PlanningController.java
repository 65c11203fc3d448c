package org.switchboard.server.schedules.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.server.interactions.InteractionRoles;
import org.switchboard.server.schedules.EvaluatedVersion;
import org.switchboard.server.schedules.PlanRequest;
import org.switchboard.server.schedules.RequirementPoint;
import org.switchboard.server.schedules.RequirementUpload;
import org.switchboard.server.schedules.ScheduleEdit;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.ScheduleRoles;
import org.switchboard.server.schedules.export.ScheduleDownloads;
import org.switchboard.server.staffing.StoredRequirements;

/**
 * The planning pages: the form that starts a solver run (a stored requirement set or an uploaded CSV, a period, a
 * time limit) with the latest runs; a run's page, which polls the solver's progress (best schedule so far, bound,
 * gap) with htmx and can stop it, and shows an infeasible run's reasons; a version's page with its figures, the
 * coverage chart, the Gantt of a day, the broken rules, the edit forms and publishing; and the exports. Writes are
 * for {@link ScheduleRoles#PLANNERS}; SUPERVISOR reads.
 */
@Controller
class PlanningController {

    /** The planning page; a POST to {@link #RUNS} starts a run. */
    static final String PLANNING = "/schedules";

    static final String RUNS = PLANNING + "/runs";
    static final String RUN = RUNS + "/{runId}";
    static final String PROGRESS = RUN + "/progress";
    static final String STOP = RUN + "/stop";
    static final String VERSION = PLANNING + "/versions/{versionId}";
    static final String EDITS = VERSION + "/edits";
    static final String PUBLISH = VERSION + "/publish";
    static final String EXPORT = VERSION + "/export.xlsx";
    static final String CALENDAR = VERSION + "/calendar/{agentId}";

    private static final int RUNS_LISTED = 20;
    private static final int DEFAULT_DAYS = 7;
    private static final int DEFAULT_INTERVAL = 15;
    private static final int DEFAULT_TIME_LIMIT = 30;

    private final SchedulePlanning planning;
    private final StoredRequirements requirements;
    private final ScheduleDownloads downloads;
    private final MessageSource messages;
    private final ZoneId zone;

    PlanningController(
            SchedulePlanning planning,
            StoredRequirements requirements,
            ScheduleDownloads downloads,
            MessageSource messages,
            @Value("${switchboard.time-zone}") ZoneId zone) {
        this.planning = planning;
        this.requirements = requirements;
        this.downloads = downloads;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping(PLANNING)
    String planning(Authentication user, Model model) {
        model.addAttribute("sets", requirements.sets());
        model.addAttribute("runs", planning.latestRuns(RUNS_LISTED));
        model.addAttribute("published", planning.published());
        model.addAttribute("canPlan", ScheduleRoles.canPlan(InteractionRoles.rolesOf(user)));
        model.addAttribute("defaults", new PlanDefaults(DEFAULT_DAYS, DEFAULT_INTERVAL, DEFAULT_TIME_LIMIT,
                PlanRequest.MAX_DAYS, PlanRequest.MAX_TIME_LIMIT_SECONDS));
        model.addAttribute("zone", zone);
        return "schedules/planning";
    }

    @PostMapping(RUNS)
    String start(
            @RequestParam(required = false) @Nullable Long setId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable LocalDate firstDay,
            @RequestParam(defaultValue = "7") int days,
            @RequestParam(defaultValue = "15") int intervalMinutes,
            @RequestParam(defaultValue = "30") int timeLimitSeconds,
            Principal user,
            RedirectAttributes redirect) {
        if (firstDay == null || days < 1 || days > PlanRequest.MAX_DAYS || timeLimitSeconds < 1
                || timeLimitSeconds > PlanRequest.MAX_TIME_LIMIT_SECONDS || 1440 % Math.max(1, intervalMinutes) != 0) {
            return refuse(redirect, "schedules.error.form", List.of());
        }
        var periodEnd = firstDay.plusDays(days);
        String label;
        Optional<Long> set = Optional.empty();
        List<RequirementPoint> requirement;
        int interval = intervalMinutes;
        if (file != null && !file.isEmpty()) {
            label = String.valueOf(file.getOriginalFilename());
            try (var in = file.getInputStream()) {
                requirement = RequirementUpload.read(label, in, zone).stream()
                        .filter(point -> !point.start().isBefore(firstDay.atStartOfDay(zone).toInstant())
                                && point.start().isBefore(periodEnd.atStartOfDay(zone).toInstant()))
                        .toList();
            } catch (RequirementUpload.RequirementFileException e) {
                return refuse(redirect, "schedules.error.file",
                        List.of(e.fileName(), e.line(), e.field(), e.value(), e.reason()));
            } catch (IOException e) {
                return refuse(redirect, "schedules.error.unreadable", List.of(label));
            }
        } else if (setId != null) {
            var summary = requirements.set(setId);
            if (summary.isEmpty()) {
                return refuse(redirect, "schedules.error.form", List.of());
            }
            label = summary.get().name();
            set = Optional.of(setId);
            interval = summary.get().intervalMinutes();
            requirement = planning.storedRequirement(setId, firstDay, periodEnd);
        } else {
            return refuse(redirect, "schedules.error.no-requirement", List.of());
        }
        if (requirement.isEmpty()) {
            return refuse(redirect, "schedules.error.empty-period", List.of(firstDay, periodEnd.minusDays(1)));
        }
        try {
            long runId = planning.start(
                    new PlanRequest(label, set, firstDay, days, interval, timeLimitSeconds, requirement),
                    user.getName());
            return "redirect:" + RUNS + "/" + runId;
        } catch (IllegalArgumentException e) {
            return refuse(redirect, "schedules.error.grid", List.of(label, String.valueOf(e.getMessage())));
        }
    }

    @GetMapping(RUN)
    String run(@PathVariable long runId, Authentication user, Model model) {
        var run = planning.run(runId).orElseThrow(PlanningController::notFound);
        model.addAttribute("run", run);
        model.addAttribute("progress", planning.progress(runId).orElse(null));
        model.addAttribute("versions", planning.versions(runId));
        model.addAttribute("problems", planning.problems(runId));
        model.addAttribute("canPlan", ScheduleRoles.canPlan(InteractionRoles.rolesOf(user)));
        model.addAttribute("zone", zone);
        return "schedules/run";
    }

    @GetMapping(PROGRESS)
    String progress(@PathVariable long runId, Authentication user, Model model,
            HttpServletResponse response) {
        var run = planning.run(runId).orElseThrow(PlanningController::notFound);
        var progress = planning.progress(runId);
        if (progress.isEmpty()) {
            // the solve has ended: the whole page shows the result
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        model.addAttribute("progress", progress.orElse(null));
        model.addAttribute("canPlan", ScheduleRoles.canPlan(InteractionRoles.rolesOf(user)));
        return "schedules/run :: progress";
    }

    @PostMapping(STOP)
    String stop(@PathVariable long runId) {
        planning.run(runId).orElseThrow(PlanningController::notFound);
        planning.stop(runId);
        return "redirect:" + RUNS + "/" + runId;
    }

    @GetMapping(VERSION)
    String version(
            @PathVariable long versionId,
            @RequestParam(required = false) @Nullable LocalDate day,
            Authentication user,
            Model model) {
        var evaluated = evaluate(versionId);
        var run = evaluated.run();
        var shown = day != null && !day.isBefore(run.periodStart()) && day.isBefore(run.periodEnd())
                ? day
                : run.periodStart();
        model.addAttribute("evaluated", evaluated);
        model.addAttribute("run", run);
        model.addAttribute("version", evaluated.version());
        model.addAttribute("quality", evaluated.quality());
        model.addAttribute("coverage", CoverageChart.coverage(evaluated.quality()));
        model.addAttribute("chartJson", CoverageChart.json(evaluated.quality()));
        model.addAttribute("gantt", GanttDay.of(evaluated, shown, zone));
        model.addAttribute("days", run.periodStart().datesUntil(run.periodEnd()).toList());
        model.addAttribute("versions", planning.versions(run.id()));
        model.addAttribute("canPlan", ScheduleRoles.canPlan(InteractionRoles.rolesOf(user)));
        model.addAttribute("zone", zone);
        return "schedules/version";
    }

    @PostMapping(EDITS)
    String edit(
            @PathVariable long versionId,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String agentId,
            @RequestParam(required = false) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable LocalDate otherDay,
            @RequestParam(defaultValue = "0") int minutes,
            @RequestParam(defaultValue = "1") int breakNumber,
            Principal user,
            RedirectAttributes redirect) {
        var version = planning.version(versionId).orElseThrow(PlanningController::notFound);
        var back = "redirect:" + PLANNING + "/versions/" + version.id();
        if (agentId.isBlank() || day == null) {
            redirect.addFlashAttribute("editError", "schedules.error.edit-form");
            return back;
        }
        ScheduleEdit edit = switch (kind) {
            case "move-shift" -> new ScheduleEdit.MoveShift(agentId, day, minutes);
            case "move-break" -> new ScheduleEdit.MoveBreak(agentId, day, breakNumber - 1, minutes);
            case "swap-days" -> otherDay == null ? null : new ScheduleEdit.SwapDaysOff(agentId, day, otherDay);
            default -> null;
        };
        if (edit == null) {
            redirect.addFlashAttribute("editError", "schedules.error.edit-form");
            return back;
        }
        try {
            long edited = planning.edit(versionId, edit, user.getName());
            return "redirect:" + PLANNING + "/versions/" + edited + "?day=" + day;
        } catch (NoSuchElementException | IllegalArgumentException e) {
            redirect.addFlashAttribute("editError", "schedules.error.edit");
            redirect.addFlashAttribute("editDetail", e.getMessage());
            return back + "?day=" + day;
        }
    }

    @PostMapping(PUBLISH)
    String publish(@PathVariable long versionId, Principal user, RedirectAttributes redirect) {
        planning.version(versionId).orElseThrow(PlanningController::notFound);
        redirect.addFlashAttribute("notice",
                planning.publish(versionId, user.getName()) ? "schedules.published" : "schedules.not-published");
        return "redirect:" + PLANNING + "/versions/" + versionId;
    }

    @GetMapping(EXPORT)
    ResponseEntity<byte[]> export(@PathVariable long versionId) throws IOException {
        return downloads.workbook(versionId);
    }

    @GetMapping(CALENDAR)
    ResponseEntity<byte[]> calendar(@PathVariable long versionId, @PathVariable String agentId, Locale locale)
            throws IOException {
        return downloads.calendar(versionId, agentId, locale);
    }

    private EvaluatedVersion evaluate(long versionId) {
        try {
            return planning.evaluate(versionId);
        } catch (NoSuchElementException e) {
            throw notFound();
        }
    }

    private String refuse(RedirectAttributes redirect, String key, List<?> arguments) {
        redirect.addFlashAttribute("error",
                messages.getMessage(key, arguments.toArray(), LocaleContextHolder.getLocale()));
        return "redirect:" + PLANNING;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /**
     * The defaults and limits of the planning form.
     *
     * @param days days planned
     * @param intervalMinutes interval of an uploaded file
     * @param timeLimitSeconds the solver's time limit
     * @param maxDays the most days
     * @param maxTimeLimitSeconds the longest time limit
     */
    record PlanDefaults(int days, int intervalMinutes, int timeLimitSeconds, int maxDays, int maxTimeLimitSeconds) {}
}
