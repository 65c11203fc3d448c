package org.switchboard.server.schedules;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.Infeasibility;
import org.switchboard.engine.scheduling.Schedule;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.engine.scheduling.evaluation.ScheduleEvaluator;
import org.switchboard.engine.scheduling.solver.SchedulingOutcome;
import org.switchboard.engine.scheduling.solver.ShiftScheduler;
import org.switchboard.engine.scheduling.solver.SolveOptions;
import org.switchboard.engine.scheduling.solver.SolverProgress;
import org.switchboard.engine.scheduling.solver.StopHandle;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.schedules.persistence.ScheduleRepository;

/**
 * Plans schedules: starts a solver run in the background, reports its best schedule so far and its bound, stops it
 * on request keeping the best schedule, stores the result as version 1, applies manual edits as new versions
 * re-evaluated by the engine, and publishes a version. One run solves at a time (the others wait their turn): the
 * solver uses the cores it is given.
 *
 * <p>Every figure of a version comes from the engine: the solver's schedule, objective and bound
 * ({@code ShiftScheduler}), and for an edit the evaluation of the edited schedule ({@link ScheduleEvaluator}) with the
 * bound of the solve it descends from, so the gap of an edit is (objective − bound) / objective as for the solver.
 */
@Service
public class SchedulePlanning {

    /** Audit action of a published version. */
    public static final String AUDIT_PUBLISHED = "SCHEDULE_PUBLISHED";

    /** Audit action of a started run. */
    public static final String AUDIT_RUN_STARTED = "SCHEDULE_RUN_STARTED";

    private static final Logger log = LoggerFactory.getLogger(SchedulePlanning.class);
    private static final String AUDIT_TARGET = "schedule";
    private static final String INTERRUPTED = "the server stopped while the solver was running";

    private final ScheduleRepository repository;
    private final SchedulingInputs inputs;
    private final SchedulingRules rules;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService solver;
    private final Map<Long, LiveRun> live = new ConcurrentHashMap<>();

    SchedulePlanning(
            ScheduleRepository repository,
            SchedulingInputs inputs,
            SchedulingRules rules,
            AuditLog auditLog,
            TransactionTemplate transaction,
            Clock clock) {
        this.repository = repository;
        this.inputs = inputs;
        this.rules = rules;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
        this.solver = Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, "schedule-solver");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Ends the runs a stopped server left solving: their solve is lost, so they failed. */
    @PostConstruct
    void failInterruptedRuns() {
        repository.failRunning(clock.instant(), INTERRUPTED);
    }

    @PreDestroy
    void shutdown() {
        live.values().forEach(run -> run.stop().stop());
        solver.shutdownNow();
    }

    /**
     * Stores a run and starts the solver on it in the background. A requirement with gaps ends the run at once as
     * infeasible, with the engine's reasons.
     *
     * @param request what to plan
     * @param user who asks
     * @return the run's id
     * @throws IllegalArgumentException if a row of the requirement does not start an interval of the period's grid;
     *     nothing is stored then
     */
    public long start(PlanRequest request, String user) {
        var gaps = inputs.gaps(request);
        rules.enrolAgents();
        long runId = transaction.execute(status -> {
            long id = repository.insertRun(request.requirementLabel(), request.requirementSetId(),
                    request.firstDay(), request.periodEnd(), request.intervalMinutes(), request.timeLimitSeconds(),
                    user, clock.instant(), request.requirement());
            auditLog.record(AUDIT_RUN_STARTED, AUDIT_TARGET, String.valueOf(id), request.requirementLabel() + ", "
                    + request.firstDay() + " + " + request.days() + " days, limit " + request.timeLimitSeconds() + " s");
            return id;
        });
        var run = repository.run(runId).orElseThrow();
        if (!gaps.isEmpty()) {
            infeasible(runId, gaps);
            return runId;
        }
        var liveRun = new LiveRun(new StopHandle());
        live.put(runId, liveRun);
        liveRun.task(solver.submit(() -> solve(run, request.requirement(), liveRun)));
        return runId;
    }

    /**
     * {@return the requirement of a stored requirement set in a period, per skill; a set's unnamed queue is skill
     * {@code all}}
     *
     * @param setId the set
     * @param from the first day
     * @param to the day after the last
     */
    public List<RequirementPoint> storedRequirement(long setId, LocalDate from, LocalDate to) {
        return inputs.requirementOf(setId, from, to);
    }

    /** {@return the progress of a run that is solving now, empty when it is not (ended, or never started here)} */
    public Optional<RunProgress> progress(long runId) {
        return Optional.ofNullable(live.get(runId)).map(LiveRun::progress);
    }

    /**
     * Asks a running solve to stop and keep its best schedule.
     *
     * @return whether the run was solving; when it was, the run ends as stopped
     */
    public boolean stop(long runId) {
        var run = live.get(runId);
        return run != null && run.requestStop();
    }

    /**
     * Waits until a run's solve has ended (the demo and tests, which need the result before going on).
     *
     * @return the run as stored at the end
     */
    public ScheduleRun awaitEnd(long runId) throws InterruptedException {
        var run = live.get(runId);
        if (run != null) {
            try {
                run.task().get();
            } catch (ExecutionException e) {
                log.warn("Schedule run {} ended with an error", runId, e.getCause());
            }
        }
        return repository.run(runId).orElseThrow();
    }

    /** {@return the run with this id} */
    public Optional<ScheduleRun> run(long runId) {
        return repository.run(runId);
    }

    /** {@return the latest runs, newest first} */
    public List<ScheduleRun> latestRuns(int limit) {
        return repository.latestRuns(limit);
    }

    /** {@return the version with this id, if any} */
    public Optional<ScheduleVersion> version(long versionId) {
        return repository.version(versionId);
    }

    /** {@return the versions of a run, by number} */
    public List<ScheduleVersion> versions(long runId) {
        return repository.versions(runId);
    }

    /** {@return the reasons an infeasible run could not schedule} */
    public List<RunProblem> problems(long runId) {
        return repository.problems(runId);
    }

    /** {@return the published versions, the latest published first} */
    public List<ScheduleVersion> published() {
        return repository.published();
    }

    /** {@return the shifts of a version, by day, then agent} */
    public List<RosterShift> shifts(long versionId) {
        return repository.shifts(versionId);
    }

    /**
     * Evaluates a stored version with the engine against its run's requirement and the current rules.
     *
     * @throws NoSuchElementException if there is no such version
     */
    public EvaluatedVersion evaluate(long versionId) {
        var version = repository.version(versionId).orElseThrow();
        var run = repository.run(version.runId()).orElseThrow();
        var shifts = repository.shifts(versionId);
        var problem = inputs.problem(run, repository.requirement(run.id()));
        var quality = ScheduleEvaluator.evaluate(problem, RosterConversion.toSchedule(shifts, inputs.zone()));
        return new EvaluatedVersion(run, version, shifts, quality, names(problem, Agent::name),
                names(problem, Agent::team));
    }

    /**
     * Applies a manual edit to a version and stores the result as a new draft version with the engine's evaluation.
     *
     * @return the new version's id
     * @throws NoSuchElementException if there is no such version, or the agent has no shift on the day
     * @throws IllegalArgumentException if the edit cannot be made (a break that does not exist, a day off that is not
     *     one)
     */
    public long edit(long versionId, ScheduleEdit edit, String user) {
        var version = repository.version(versionId).orElseThrow();
        var edited = edited(version, edit);
        return transaction.execute(status -> repository.insertVersion(version.runId(), user, clock.instant(),
                ScheduleEdits.describe(edit, version.number()), edited.figures(),
                RosterConversion.toRoster(edited.schedule(), inputs.zone())));
    }

    /**
     * Evaluates a manual edit of a version without storing it.
     *
     * @return the figures the edited version would have
     * @throws NoSuchElementException if there is no such version, or the agent has no shift on the day
     * @throws IllegalArgumentException if the edit cannot be made
     */
    public ScheduleFigures previewEdit(long versionId, ScheduleEdit edit) {
        return edited(repository.version(versionId).orElseThrow(), edit).figures();
    }

    private Edited edited(ScheduleVersion version, ScheduleEdit edit) {
        var run = repository.run(version.runId()).orElseThrow();
        var schedule = ScheduleEdits.apply(
                RosterConversion.toSchedule(repository.shifts(version.id()), inputs.zone()), edit);
        var quality = ScheduleEvaluator.evaluate(inputs.problem(run, repository.requirement(run.id())), schedule);
        double bound = version.figures().lowerBound();
        var figures = new ScheduleFigures(quality.objective(), bound, quality.gap(bound),
                version.figures().solverSeconds(), quality.underStaffedHours(), quality.overStaffedHours(),
                quality.paidHours(), quality.violations().size());
        return new Edited(schedule, figures);
    }

    /**
     * Publishes a draft version and records it in the audit log. A version that breaks hard rules is not published.
     *
     * @return whether the version was published now (false: it was published already, or breaks rules)
     */
    public boolean publish(long versionId, String user) {
        var version = repository.version(versionId).orElseThrow();
        if (version.figures().violations() > 0) {
            return false;
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!repository.publish(versionId, user, clock.instant())) {
                return false;
            }
            auditLog.record(AUDIT_PUBLISHED, AUDIT_TARGET, String.valueOf(versionId),
                    "run " + version.runId() + ", version " + version.number() + ", objective "
                            + version.figures().objective());
            return true;
        }));
    }

    private void solve(ScheduleRun run, List<RequirementPoint> requirement, LiveRun liveRun) {
        try {
            var problem = inputs.problem(run, requirement);
            liveRun.problem(problem);
            var options = SolveOptions.of(Duration.ofSeconds(run.timeLimitSeconds()));
            var outcome = new ShiftScheduler().solve(problem, options, liveRun::report, liveRun.stop());
            switch (outcome) {
                case SchedulingOutcome.Scheduled scheduled -> scheduled(run, scheduled, liveRun);
                case SchedulingOutcome.Infeasible infeasible -> infeasible(run.id(), infeasible.reasons());
            }
        } catch (RuntimeException e) {
            log.error("Schedule run {} failed", run.id(), e);
            repository.finishRun(run.id(), RunStatus.FAILED, clock.instant(), Optional.of(String.valueOf(e.getMessage())));
        } finally {
            live.remove(run.id());
        }
    }

    private void scheduled(ScheduleRun run, SchedulingOutcome.Scheduled outcome, LiveRun liveRun) {
        var quality = outcome.quality();
        var figures = new ScheduleFigures(quality.objective(), outcome.lowerBound().value(), outcome.gap(),
                outcome.seconds(), quality.underStaffedHours(), quality.overStaffedHours(), quality.paidHours(),
                quality.violations().size());
        var status = liveRun.end() ? RunStatus.STOPPED : RunStatus.FINISHED;
        transaction.executeWithoutResult(tx -> {
            repository.insertVersion(run.id(), run.startedBy(), clock.instant(), "solver", figures,
                    RosterConversion.toRoster(outcome.schedule(), inputs.zone()));
            repository.finishRun(run.id(), status, clock.instant(), Optional.empty());
        });
    }

    private void infeasible(long runId, List<Infeasibility> reasons) {
        var zone = inputs.zone();
        var problems = reasons.stream()
                .map(reason -> new RunProblem(reason.kind().name(), reason.subject(),
                        reason.interval().map(start -> start.atZone(zone).toInstant()), reason.message()))
                .toList();
        transaction.executeWithoutResult(tx -> {
            repository.insertProblems(runId, problems);
            repository.finishRun(runId, RunStatus.INFEASIBLE, clock.instant(), Optional.empty());
        });
    }

    private static Map<String, String> names(SchedulingProblem problem, Function<Agent, String> field) {
        return problem.agents().stream().collect(Collectors.toMap(Agent::id, field));
    }

    /** An edited schedule with its figures. */
    private record Edited(Schedule schedule, ScheduleFigures figures) {}

    /** A solve in progress: its stop handle, its task and the latest report, shared with the polling page. */
    private static final class LiveRun {

        private final StopHandle stop;
        private volatile Future<?> task = CompletableFuture.completedFuture(null);
        private volatile Optional<SchedulingProblem> problem = Optional.empty();
        private volatile Optional<SolverProgress> latest = Optional.empty();
        private boolean ended;

        LiveRun(StopHandle stop) {
            this.stop = stop;
        }

        /**
         * Asks the solve to stop unless it has already ended, so that a stop that is answered with {@code true}
         * always ends the run as stopped.
         *
         * @return whether the stop was asked before the solve ended
         */
        synchronized boolean requestStop() {
            if (ended) {
                return false;
            }
            stop.stop();
            return true;
        }

        /** Marks the solve as ended; {@return whether a stop was asked before it ended} */
        synchronized boolean end() {
            ended = true;
            return stop.isStopRequested();
        }

        StopHandle stop() {
            return stop;
        }

        Future<?> task() {
            return task;
        }

        void task(Future<?> submitted) {
            task = submitted;
        }

        void problem(SchedulingProblem solving) {
            problem = Optional.of(solving);
        }

        void report(SolverProgress progress) {
            latest = Optional.of(progress);
        }

        /** The latest report, with the engine's evaluation of the best schedule so far. */
        RunProgress progress() {
            var report = latest;
            if (report.isEmpty()) {
                return RunProgress.starting();
            }
            var progress = report.get();
            var best = progress.bestSchedule()
                    .flatMap(schedule -> problem.map(solving -> ScheduleEvaluator.evaluate(solving, schedule)));
            return new RunProgress(Optional.of(progress.phase().name()), progress.bestObjective(),
                    progress.lowerBound(), progress.elapsedSeconds(), best);
        }
    }
}
