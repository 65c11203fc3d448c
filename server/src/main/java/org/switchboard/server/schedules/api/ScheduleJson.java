package org.switchboard.server.schedules.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.scheduling.evaluation.Fairness;
import org.switchboard.engine.scheduling.evaluation.PreferenceSatisfaction;
import org.switchboard.server.schedules.EvaluatedVersion;
import org.switchboard.server.schedules.RosterBreak;
import org.switchboard.server.schedules.RosterShift;
import org.switchboard.server.schedules.RunProgress;
import org.switchboard.server.schedules.RunProblem;
import org.switchboard.server.schedules.ScheduleFigures;
import org.switchboard.server.schedules.ScheduleRun;
import org.switchboard.server.schedules.ScheduleVersion;

/** The JSON documents of the schedules REST API; absent values are {@code null}. */
final class ScheduleJson {

    private ScheduleJson() {}

    /**
     * The figures of a version: under- and over-staffed agent-hours, paid hours, the objective (weights × those),
     * the solver's lower bound of the optimum, the gap (objective − bound) / objective, the solve's seconds and the
     * number of broken hard rules.
     */
    record Figures(double underStaffedHours, double overStaffedHours, double paidHours, double objective,
            double lowerBound, double gap, double solverSeconds, int violations) {

        static Figures of(ScheduleFigures figures) {
            return new Figures(figures.underStaffedHours(), figures.overStaffedHours(), figures.paidHours(),
                    figures.objective(), figures.lowerBound(), figures.gap(), figures.solverSeconds(),
                    figures.violations());
        }
    }

    /** A version as listed: who made it, its state and its figures. */
    record VersionSummary(long versionId, long runId, int number, String status, String createdBy,
            Instant createdAt, @Nullable String publishedBy, @Nullable Instant publishedAt, String note,
            Figures figures) {

        static VersionSummary of(ScheduleVersion version) {
            return new VersionSummary(version.id(), version.runId(), version.number(), version.status().name(),
                    version.createdBy(), version.createdAt(), version.publishedBy().orElse(null),
                    version.publishedAt().orElse(null), version.note(), Figures.of(version.figures()));
        }
    }

    /**
     * A version with its shifts per agent and the engine's evaluation against the current rules.
     *
     * @param preferenceSatisfaction share of the agents' wishes met, 0–1, {@code null} when nobody wished anything
     * @param softPenalty the soft goals' penalty under the stored weights: preferenceMiss × unmet wishes +
     *     weekendFairness × weekend deviation + lateShiftFairness × late-shift deviation (engine {@code Weights})
     * @param fairness the spread of weekends and late shifts between agents, with the deviations the penalty weighs
     */
    record Version(VersionSummary version, Figures evaluated, @Nullable Double preferenceSatisfaction,
            PreferenceSatisfaction preferences, double softPenalty, Fairness fairness, List<Violation> violations,
            List<AgentSchedule> agents) {

        static Version of(EvaluatedVersion evaluated) {
            var quality = evaluated.quality();
            var figures = evaluated.version().figures();
            var now = new Figures(quality.underStaffedHours(), quality.overStaffedHours(), quality.paidHours(),
                    quality.objective(), figures.lowerBound(), evaluated.gap(), figures.solverSeconds(),
                    quality.violations().size());
            var share = quality.preferences().share();
            var violations = quality.violations().stream()
                    .map(v -> new Violation(v.rule().name(), v.agentId(), v.day(), v.detail()))
                    .toList();
            var byAgent = new LinkedHashMap<String, List<Shift>>();
            evaluated.shifts().forEach(shift ->
                    byAgent.computeIfAbsent(shift.agentId(), id -> new ArrayList<>()).add(Shift.of(shift)));
            var agents = byAgent.entrySet().stream()
                    .map(entry -> new AgentSchedule(entry.getKey(),
                            evaluated.agentNames().getOrDefault(entry.getKey(), entry.getKey()),
                            evaluated.agentTeams().getOrDefault(entry.getKey(), ""), entry.getValue()))
                    .toList();
            return new Version(VersionSummary.of(evaluated.version()), now,
                    share.isPresent() ? share.getAsDouble() : null, quality.preferences(), quality.softPenalty(),
                    quality.fairness(), violations, agents);
        }
    }

    /** A broken hard rule. */
    record Violation(String rule, String agentId, LocalDate day, String detail) {}

    /** One agent's shifts in a version. */
    record AgentSchedule(String agentId, String name, String team, List<Shift> shifts) {}

    /** A shift: the day it starts on, the skill worked, its template, start, end and breaks. */
    record Shift(LocalDate day, String skill, String template, Instant start, Instant end, List<Break> breaks) {

        static Shift of(RosterShift shift) {
            return new Shift(shift.day(), shift.skill(), shift.template(), shift.start(), shift.end(),
                    shift.breaks().stream().map(Break::of).toList());
        }
    }

    /** A break of a shift. */
    record Break(Instant start, Instant end, boolean paid) {

        static Break of(RosterBreak item) {
            return new Break(item.start(), item.end(), item.paid());
        }
    }

    /**
     * A solver run: its request and state, while solving its progress (best objective so far, lower bound, gap of the
     * best complete schedule to the bound, phase, seconds), the versions it made and, when infeasible, the engine's
     * reasons.
     */
    record Run(long runId, String status, String requirement, LocalDate periodStart, LocalDate periodEnd,
            int timeLimitSeconds, String startedBy, Instant startedAt, @Nullable Instant finishedAt,
            @Nullable String explanation, boolean solving, @Nullable String phase, @Nullable Double bestObjective,
            @Nullable Double lowerBound, @Nullable Double gap, @Nullable Double elapsedSeconds, List<Long> versionIds,
            List<Problem> problems) {

        static Run of(ScheduleRun run, Optional<RunProgress> progress, List<ScheduleVersion> versions,
                List<RunProblem> problems) {
            var live = progress.orElse(null);
            return new Run(run.id(), run.status().name(), run.requirementLabel(), run.periodStart(),
                    run.periodEnd().minusDays(1), run.timeLimitSeconds(), run.startedBy(), run.startedAt(),
                    run.finishedAt().orElse(null), run.explanation().orElse(null), live != null,
                    live == null ? null : live.phase().orElse(null),
                    live == null || live.bestObjective().isEmpty() ? null : live.bestObjective().getAsDouble(),
                    live == null || live.lowerBound().isEmpty() ? null : live.lowerBound().getAsDouble(),
                    live == null || live.gap().isEmpty() ? null : live.gap().getAsDouble(),
                    live == null ? null : live.elapsedSeconds(),
                    versions.stream().map(ScheduleVersion::id).toList(),
                    problems.stream()
                            .map(p -> new Problem(p.kind(), p.subject(), p.interval().orElse(null), p.message()))
                            .toList());
        }
    }

    /** Why an infeasible run could not schedule. */
    record Problem(String kind, String subject, @Nullable Instant interval, String message) {}

    /** The answer to a started run. */
    record RunStarted(long runId, String status) {}

    /** The answer to a stop: whether the run was solving and now stops keeping its best schedule. */
    record RunStopping(long runId, boolean stopping) {}

    /** The answer to a publication. */
    record Published(long versionId, String status) {}

    /**
     * A request to plan: a stored requirement set ({@code requirementSetId}) or rows of a requirement
     * ({@code requirement}, local date-times of the centre on a grid of {@code intervalMinutes}), a first day, a
     * number of days and a time limit.
     */
    record RunRequest(@Nullable Long requirementSetId, @Nullable String label, @Nullable LocalDate firstDay,
            @Nullable Integer days, @Nullable Integer intervalMinutes, @Nullable Integer timeLimitSeconds,
            @Nullable List<RequirementRow> requirement) {}

    /** One row of a requirement: the interval's local start, the skill and the agents required. */
    record RequirementRow(@Nullable String timestamp, @Nullable String skill, @Nullable Integer agents) {}
}
