package org.switchboard.server.schedules.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.server.schedules.PlanRequest;
import org.switchboard.server.schedules.RequirementPoint;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.ScheduleRun;
import org.switchboard.server.schedules.VersionStatus;
import org.switchboard.server.schedules.api.ScheduleJson.Published;
import org.switchboard.server.schedules.api.ScheduleJson.Run;
import org.switchboard.server.schedules.api.ScheduleJson.RunRequest;
import org.switchboard.server.schedules.api.ScheduleJson.RunStarted;
import org.switchboard.server.schedules.api.ScheduleJson.RunStopping;
import org.switchboard.server.schedules.api.ScheduleJson.Version;
import org.switchboard.server.schedules.api.ScheduleJson.VersionSummary;
import org.switchboard.server.schedules.export.ScheduleDownloads;
import org.switchboard.server.staffing.StoredRequirements;

/**
 * The schedules REST API ({@value #BASE}): the same runs, versions, publication and downloads as the planning pages,
 * for other systems. A run is solved in the background: {@code POST /runs} answers 202 with the run's id at once, and
 * {@code GET /runs/{runId}} reports the best objective so far, the lower bound and the gap until the run ends. Each
 * operation names the API token scopes it accepts ({@code SCHEDULES_READ}, {@code SCHEDULES_PLAN}); the security
 * configuration enforces them.
 */
@RestController
@RequestMapping(ScheduleApi.BASE)
@Tag(name = "Schedules", description = "Plan shift schedules, follow and stop the solver, publish and download.")
@SecurityScheme(
        name = ScheduleApi.TOKEN_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API token that an administrator issues under Administration → API tokens. On the"
                + " schedules API it needs the scope SCHEDULES_READ (or SCHEDULES_PLAN) to read and SCHEDULES_PLAN to"
                + " start or stop runs and publish; a token without the scope is answered 403 naming it.")
class ScheduleApi {

    /** The base path. */
    static final String BASE = "/api/v1/schedules";

    /** The name of the bearer-token security scheme in the OpenAPI document. */
    static final String TOKEN_SCHEME = "scheduleToken";

    private static final String READ_SCOPE = "SCHEDULES_READ";
    private static final String PLAN_SCOPE = "SCHEDULES_PLAN";
    private static final String TOKEN = " (Authorization: Bearer ...), which needs no CSRF token, 403 naming the scope"
            + " for a token without it; or a signed-in user or HTTP Basic credentials with a CSRF token and ";
    private static final String AUTH_READ = " Authorization: an API token with the scope " + READ_SCOPE + " or "
            + PLAN_SCOPE + TOKEN + "one of the roles ADMIN, MANAGER, PLANNER, SUPERVISOR.";
    private static final String AUTH_PLAN = " Authorization: an API token with the scope " + PLAN_SCOPE + TOKEN
            + "one of the roles ADMIN, MANAGER, PLANNER.";
    private static final int RUNS_LISTED = 50;

    private final SchedulePlanning planning;
    private final StoredRequirements requirements;
    private final ScheduleDownloads downloads;
    private final ZoneId zone;

    ScheduleApi(SchedulePlanning planning, StoredRequirements requirements, ScheduleDownloads downloads,
            @Value("${switchboard.time-zone}") ZoneId zone) {
        this.planning = planning;
        this.requirements = requirements;
        this.downloads = downloads;
        this.zone = zone;
    }

    @GetMapping("/versions")
    @Operation(summary = "The schedule versions of the latest runs, newest run first",
            description = "Query: status (DRAFT or PUBLISHED, optional). Figures as stored when the version was made:"
                    + " under- and over-staffed agent-hours, paid hours, objective, lower bound, gap, violations."
                    + AUTH_READ)
    @SecurityRequirement(name = TOKEN_SCHEME, scopes = {READ_SCOPE, PLAN_SCOPE})
    List<VersionSummary> versions(@RequestParam(required = false) @Nullable VersionStatus status) {
        var versions = new ArrayList<VersionSummary>();
        for (var run : planning.latestRuns(RUNS_LISTED)) {
            planning.versions(run.id()).stream()
                    .filter(version -> status == null || version.status() == status)
                    .map(VersionSummary::of)
                    .forEach(versions::add);
        }
        return versions;
    }

    @GetMapping("/versions/{versionId}")
    @Operation(summary = "One version: its shifts and breaks per agent and the engine's evaluation",
            description = "\"evaluated\" holds the figures of the version evaluated now against its requirement and the"
                    + " current rules, with the broken hard rules and the share of the agents' wishes met."
                    + AUTH_READ)
    @SecurityRequirement(name = TOKEN_SCHEME, scopes = {READ_SCOPE, PLAN_SCOPE})
    Version version(@PathVariable long versionId) {
        try {
            return Version.of(planning.evaluate(versionId));
        } catch (NoSuchElementException e) {
            throw notFound("no schedule version " + versionId);
        }
    }

    @PostMapping("/runs")
    @Operation(summary = "Start a solver run in the background",
            description = "Body: {\"requirementSetId\": 12} (a stored requirement set; its intervals apply) or"
                    + " {\"label\": \"week 10\", \"intervalMinutes\": 15, \"requirement\": [{\"timestamp\":"
                    + " \"2026-03-02T08:00\", \"skill\": \"service\", \"agents\": 4}, ...]} (local times of the centre"
                    + " on the interval grid), with \"firstDay\" (yyyy-MM-dd), \"days\" (1-56, default 7) and"
                    + " \"timeLimitSeconds\" (1-600, default 30). Answers 202 with the run's id; 400 names the field,"
                    + " the value and the reason." + AUTH_PLAN)
    @SecurityRequirement(name = TOKEN_SCHEME, scopes = {PLAN_SCOPE})
    ResponseEntity<RunStarted> start(@RequestBody RunRequest body, Principal caller) {
        var request = request(body);
        long runId = planning.start(request, caller.getName());
        var run = planning.run(runId).orElseThrow();
        return ResponseEntity.accepted()
                .location(URI.create(BASE + "/runs/" + runId))
                .body(new RunStarted(runId, run.status().name()));
    }

    @GetMapping("/runs/{runId}")
    @Operation(summary = "A run's state and, while it solves, its progress",
            description = "status RUNNING, FINISHED, STOPPED, INFEASIBLE or FAILED; while solving, the best objective"
                    + " so far, the lower bound and the gap of the best complete schedule to it." + AUTH_READ)
    @SecurityRequirement(name = TOKEN_SCHEME, scopes = {READ_SCOPE, PLAN_SCOPE})
    Run run(@PathVariable long runId) {
        var run = existingRun(runId);
        return Run.of(run, planning.progress(runId), planning.versions(runId), planning.problems(runId));
    }

    @PostMapping("/runs/{runId}/stop")
    @Operation(summary = "Stop a solving run; it keeps its best schedule so far",
            description = "\"stopping\" is false when the run had already ended." + AUTH_PLAN)
    @SecurityRequirement(name = TOKEN_SCHEME, scopes = {PLAN_SCOPE})
    RunStopping stop(@PathVariable long runId) {
        existingRun(runId);
        return new RunStopping(runId, planning.stop(runId));
    }

    @PostMapping("/versions/{versionId}/publish")
    @Operation(summary = "Publish a version",
            description = "409 when the version is published already or breaks a hard rule; the publication is"
                    + " audited." + AUTH_PLAN)
    @SecurityRequirement(name = TOKEN_SCHEME, scopes = {PLAN_SCOPE})
    Published publish(@PathVariable long versionId, Principal caller) {
        var version = planning.version(versionId).orElseThrow(() -> notFound("no schedule version " + versionId));
        if (!planning.publish(versionId, caller.getName())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, version.status() == VersionStatus.PUBLISHED
                    ? "version " + versionId + " is published already"
                    : "version " + versionId + " breaks " + version.figures().violations() + " hard rules");
        }
        return new Published(versionId, VersionStatus.PUBLISHED.name());
    }

    @GetMapping("/versions/{versionId}/export.xlsx")
    @Operation(summary = "The version as .xlsx: one row per agent, one column per day, a sheet per day" + AUTH_READ)
    @SecurityRequirement(name = TOKEN_SCHEME, scopes = {READ_SCOPE, PLAN_SCOPE})
    ResponseEntity<byte[]> workbook(@PathVariable long versionId) throws IOException {
        return downloads.workbook(versionId);
    }

    @GetMapping("/versions/{versionId}/calendar/{agentId}")
    @Operation(summary = "One agent's shifts and breaks in the version as iCalendar (RFC 5545)" + AUTH_READ)
    @SecurityRequirement(name = TOKEN_SCHEME, scopes = {READ_SCOPE, PLAN_SCOPE})
    ResponseEntity<byte[]> calendar(@PathVariable long versionId, @PathVariable String agentId, Locale locale)
            throws IOException {
        return downloads.calendar(versionId, agentId, locale);
    }

    /** The plan request of a body; an {@link IllegalArgumentException} (400) names the field, value and reason. */
    private PlanRequest request(RunRequest body) {
        if (body.firstDay() == null) {
            throw new IllegalArgumentException("firstDay: missing - expected a date yyyy-MM-dd");
        }
        var firstDay = body.firstDay();
        int days = Optional.ofNullable(body.days()).orElse(7);
        int timeLimit = Optional.ofNullable(body.timeLimitSeconds()).orElse(30);
        var periodEnd = firstDay.plusDays(Math.max(0, days));
        if (body.requirementSetId() != null) {
            long setId = body.requirementSetId();
            var set = requirements.set(setId).orElseThrow(() ->
                    new IllegalArgumentException("requirementSetId: no stored requirement set " + setId));
            var points = planning.storedRequirement(setId, firstDay, periodEnd);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("requirementSetId: set " + setId + " has no requirement from "
                        + firstDay + " to " + periodEnd.minusDays(1));
            }
            return new PlanRequest(set.name(), Optional.of(setId), firstDay, days, set.intervalMinutes(), timeLimit,
                    points);
        }
        var rows = body.requirement();
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("requirement: missing - expected requirementSetId or requirement rows");
        }
        var points = new ArrayList<RequirementPoint>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var at = "requirement[" + i + "].";
            LocalDateTime start;
            try {
                start = LocalDateTime.parse(String.valueOf(row.timestamp()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(at + "timestamp: " + row.timestamp()
                        + " - expected a local date-time yyyy-MM-ddTHH:mm");
            }
            if (row.skill() == null || row.skill().isBlank() || row.agents() == null || row.agents() < 0) {
                throw new IllegalArgumentException(at + "skill/agents: " + row.skill() + "/" + row.agents()
                        + " - expected a skill and a whole number of agents >= 0");
            }
            points.add(new RequirementPoint(start.atZone(zone).toInstant(), row.skill(), row.agents()));
        }
        var label = body.label() == null || body.label().isBlank() ? "api" : body.label();
        return new PlanRequest(label, Optional.empty(), firstDay, days,
                Optional.ofNullable(body.intervalMinutes()).orElse(15), timeLimit, points);
    }

    private ScheduleRun existingRun(long runId) {
        return planning.run(runId).orElseThrow(() -> notFound("no schedule run " + runId));
    }

    private static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }
}
