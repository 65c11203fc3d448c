package org.switchboard.server.schedules.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.switchboard.server.schedules.RequirementPoint;
import org.switchboard.server.schedules.RosterBreak;
import org.switchboard.server.schedules.RosterShift;
import org.switchboard.server.schedules.RunProblem;
import org.switchboard.server.schedules.RunStatus;
import org.switchboard.server.schedules.ScheduleFigures;
import org.switchboard.server.schedules.ScheduleRun;
import org.switchboard.server.schedules.ScheduleVersion;
import org.switchboard.server.schedules.VersionStatus;

/**
 * Stores and reads solver runs ({@code schedule_run}, {@code schedule_requirement}) and schedule versions
 * ({@code schedule_version}, {@code schedule_shift}, {@code schedule_break}). Callers wrap a version and its shifts in
 * one transaction.
 */
@Repository
public class ScheduleRepository {

    private static final int BATCH_SIZE = 1_000;

    private static final String RUN_COLUMNS = """
            SELECT id, requirement_label, requirement_set_id, period_start, period_end, interval_minutes,
                   time_limit_seconds, status, started_by, started_at, finished_at, explanation FROM schedule_run""";

    private static final String VERSION_COLUMNS = """
            SELECT id, run_id, number, status, created_by, created_at, published_by, published_at, note, objective,
                   lower_bound, gap, solver_seconds, under_staffed_hours, over_staffed_hours, paid_hours, violations
            FROM schedule_version""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ScheduleRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Stores a new run as {@link RunStatus#RUNNING} with the requirement it plans against.
     *
     * @return the run's id
     */
    public long insertRun(
            String requirementLabel,
            Optional<Long> requirementSetId,
            LocalDate periodStart,
            LocalDate periodEnd,
            int intervalMinutes,
            int timeLimitSeconds,
            String startedBy,
            Instant startedAt,
            List<RequirementPoint> requirement) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO schedule_run (requirement_label, requirement_set_id, period_start, period_end,
                                          interval_minutes, time_limit_seconds, status, started_by, started_at)
                VALUES (:label, :setId, :periodStart, :periodEnd, :intervalMinutes, :timeLimit, 'RUNNING',
                        :startedBy, :startedAt)""")
                .param("label", requirementLabel)
                .param("setId", requirementSetId.orElse(null), Types.BIGINT)
                .param("periodStart", periodStart)
                .param("periodEnd", periodEnd)
                .param("intervalMinutes", intervalMinutes)
                .param("timeLimit", timeLimitSeconds)
                .param("startedBy", startedBy)
                .param("startedAt", utc(startedAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        var sql = "INSERT INTO schedule_requirement (run_id, interval_start, skill, agents) VALUES (?, ?, ?, ?)";
        for (int from = 0; from < requirement.size(); from += BATCH_SIZE) {
            var chunk = requirement.subList(from, Math.min(requirement.size(), from + BATCH_SIZE));
            batch.batchUpdate(sql, chunk, chunk.size(), (ps, point) -> {
                ps.setLong(1, id);
                ps.setObject(2, utc(point.start()), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(3, point.skill());
                ps.setInt(4, point.agents());
            });
        }
        return id;
    }

    /** Records how a run ended. */
    public void finishRun(long runId, RunStatus status, Instant finishedAt, Optional<String> explanation) {
        jdbc.sql("""
                UPDATE schedule_run SET status = :status, finished_at = :finishedAt, explanation = :explanation
                WHERE id = :id""")
                .param("status", status.name())
                .param("finishedAt", utc(finishedAt))
                .param("explanation", explanation.map(text -> limit(text, 4000)).orElse(null), Types.VARCHAR)
                .param("id", runId)
                .update();
    }

    /** Stores the reasons an infeasible run could not schedule, in order. */
    public void insertProblems(long runId, List<RunProblem> problems) {
        for (int position = 0; position < problems.size(); position++) {
            var problem = problems.get(position);
            jdbc.sql("""
                    INSERT INTO schedule_run_problem (run_id, position, kind, subject, interval_start, message)
                    VALUES (:run, :position, :kind, :subject, :interval, :message)""")
                    .param("run", runId)
                    .param("position", position)
                    .param("kind", problem.kind())
                    .param("subject", limit(problem.subject(), 200))
                    .param("interval", problem.interval().map(ScheduleRepository::utc).orElse(null),
                            Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("message", limit(problem.message(), 1000))
                    .update();
        }
    }

    /** {@return the reasons an infeasible run could not schedule, in order} */
    public List<RunProblem> problems(long runId) {
        return jdbc.sql("""
                SELECT kind, subject, interval_start, message FROM schedule_run_problem WHERE run_id = :run
                ORDER BY position""")
                .param("run", runId)
                .query((rs, row) -> new RunProblem(rs.getString("kind"), rs.getString("subject"),
                        optionalInstant(rs, "interval_start"), rs.getString("message")))
                .list();
    }

    /** Ends every run still marked running as failed, with a message (a server stopped during their solve). */
    public void failRunning(Instant finishedAt, String message) {
        jdbc.sql("""
                UPDATE schedule_run SET status = 'FAILED', finished_at = :finishedAt, explanation = :message
                WHERE status = 'RUNNING'""")
                .param("finishedAt", utc(finishedAt))
                .param("message", message)
                .update();
    }

    /** {@return the run with this id, if any} */
    public Optional<ScheduleRun> run(long runId) {
        return jdbc.sql(RUN_COLUMNS + " WHERE id = :id").param("id", runId).query((rs, row) -> run(rs)).optional();
    }

    /** {@return the latest runs, newest first} */
    public List<ScheduleRun> latestRuns(int limit) {
        return jdbc.sql(RUN_COLUMNS + " ORDER BY started_at DESC, id DESC")
                .query((rs, row) -> run(rs))
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    /** {@return the requirement a run plans against, by skill and start} */
    public List<RequirementPoint> requirement(long runId) {
        return jdbc.sql("""
                SELECT interval_start, skill, agents FROM schedule_requirement WHERE run_id = :id
                ORDER BY skill, interval_start""")
                .param("id", runId)
                .query((rs, row) -> new RequirementPoint(instant(rs, "interval_start"), rs.getString("skill"),
                        rs.getInt("agents")))
                .list();
    }

    /**
     * Stores a new draft version of a run with its shifts and breaks, numbered after the run's last version.
     *
     * @return the version's id
     */
    public long insertVersion(
            long runId, String createdBy, Instant createdAt, String note, ScheduleFigures figures,
            List<RosterShift> shifts) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM schedule_version WHERE run_id = :run")
                .param("run", runId)
                .query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO schedule_version (run_id, number, status, created_by, created_at, note, objective,
                       lower_bound, gap, solver_seconds, under_staffed_hours, over_staffed_hours, paid_hours,
                       violations)
                VALUES (:run, :number, 'DRAFT', :createdBy, :createdAt, :note, :objective, :bound, :gap, :seconds,
                        :under, :over, :paid, :violations)""")
                .param("run", runId)
                .param("number", number)
                .param("createdBy", createdBy)
                .param("createdAt", utc(createdAt))
                .param("note", limit(note, 500))
                .param("objective", figures.objective())
                .param("bound", figures.lowerBound())
                .param("gap", figures.gap())
                .param("seconds", figures.solverSeconds())
                .param("under", figures.underStaffedHours())
                .param("over", figures.overStaffedHours())
                .param("paid", figures.paidHours())
                .param("violations", figures.violations())
                .update(keys, "id");
        long versionId = keys.getKeyAs(Number.class).longValue();
        for (var shift : shifts) {
            insertShift(versionId, shift);
        }
        return versionId;
    }

    private void insertShift(long versionId, RosterShift shift) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO schedule_shift (version_id, agent_id, shift_day, skill, template, starts_at, ends_at)
                VALUES (:version, :agent, :day, :skill, :template, :start, :end)""")
                .param("version", versionId)
                .param("agent", shift.agentId())
                .param("day", shift.day())
                .param("skill", shift.skill())
                .param("template", limit(shift.template(), 100))
                .param("start", utc(shift.start()))
                .param("end", utc(shift.end()))
                .update(keys, "id");
        long shiftId = keys.getKeyAs(Number.class).longValue();
        var breaks = shift.breaks();
        batch.batchUpdate(
                "INSERT INTO schedule_break (shift_id, position, starts_at, ends_at, paid) VALUES (?, ?, ?, ?, ?)",
                breaks,
                BATCH_SIZE,
                (ps, item) -> {
                    ps.setLong(1, shiftId);
                    ps.setInt(2, breaks.indexOf(item));
                    ps.setObject(3, utc(item.start()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(4, utc(item.end()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setBoolean(5, item.paid());
                });
    }

    /** {@return the version with this id, if any} */
    public Optional<ScheduleVersion> version(long versionId) {
        return jdbc.sql(VERSION_COLUMNS + " WHERE id = :id")
                .param("id", versionId)
                .query((rs, row) -> version(rs))
                .optional();
    }

    /** {@return the versions of a run, by number} */
    public List<ScheduleVersion> versions(long runId) {
        return jdbc.sql(VERSION_COLUMNS + " WHERE run_id = :run ORDER BY number")
                .param("run", runId)
                .query((rs, row) -> version(rs))
                .list();
    }

    /** {@return the published versions, the latest published first} */
    public List<ScheduleVersion> published() {
        return jdbc.sql(VERSION_COLUMNS + " WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC")
                .query((rs, row) -> version(rs))
                .list();
    }

    /** Marks a draft version published; returns whether it was a draft. */
    public boolean publish(long versionId, String publishedBy, Instant publishedAt) {
        return jdbc.sql("""
                UPDATE schedule_version SET status = 'PUBLISHED', published_by = :by, published_at = :at
                WHERE id = :id AND status = 'DRAFT'""")
                .param("by", publishedBy)
                .param("at", utc(publishedAt))
                .param("id", versionId)
                .update() == 1;
    }

    /** {@return the shifts of a version with their breaks, by day, then agent} */
    public List<RosterShift> shifts(long versionId) {
        var breaks = new LinkedHashMap<Long, List<RosterBreak>>();
        jdbc.sql("""
                SELECT b.shift_id, b.starts_at, b.ends_at, b.paid FROM schedule_break b
                JOIN schedule_shift s ON s.id = b.shift_id WHERE s.version_id = :version
                ORDER BY b.shift_id, b.position""")
                .param("version", versionId)
                .query((ResultSet rs) -> {
                    while (rs.next()) {
                        breaks.computeIfAbsent(rs.getLong("shift_id"), id -> new ArrayList<>())
                                .add(new RosterBreak(instant(rs, "starts_at"), instant(rs, "ends_at"),
                                        rs.getBoolean("paid")));
                    }
                    return breaks;
                });
        return jdbc.sql("""
                SELECT id, agent_id, shift_day, skill, template, starts_at, ends_at FROM schedule_shift
                WHERE version_id = :version ORDER BY shift_day, agent_id""")
                .param("version", versionId)
                .query((rs, row) -> new RosterShift(
                        rs.getString("agent_id"),
                        rs.getObject("shift_day", LocalDate.class),
                        rs.getString("skill"),
                        rs.getString("template"),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        breaks.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static ScheduleRun run(ResultSet rs) throws SQLException {
        long setId = rs.getLong("requirement_set_id");
        var setIdPresent = !rs.wasNull();
        return new ScheduleRun(
                rs.getLong("id"),
                rs.getString("requirement_label"),
                setIdPresent ? Optional.of(setId) : Optional.empty(),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getInt("interval_minutes"),
                rs.getInt("time_limit_seconds"),
                RunStatus.valueOf(rs.getString("status")),
                rs.getString("started_by"),
                instant(rs, "started_at"),
                optionalInstant(rs, "finished_at"),
                Optional.ofNullable(rs.getString("explanation")));
    }

    private static ScheduleVersion version(ResultSet rs) throws SQLException {
        return new ScheduleVersion(
                rs.getLong("id"),
                rs.getLong("run_id"),
                rs.getInt("number"),
                VersionStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                Optional.ofNullable(rs.getString("published_by")),
                optionalInstant(rs, "published_at"),
                rs.getString("note"),
                new ScheduleFigures(
                        rs.getDouble("objective"),
                        rs.getDouble("lower_bound"),
                        rs.getDouble("gap"),
                        rs.getDouble("solver_seconds"),
                        rs.getDouble("under_staffed_hours"),
                        rs.getDouble("over_staffed_hours"),
                        rs.getDouble("paid_hours"),
                        rs.getInt("violations")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
