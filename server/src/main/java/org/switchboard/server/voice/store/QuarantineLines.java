package org.switchboard.server.voice.store;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.core.InputProblem;

/**
 * SQL access to the lines a load keeps in quarantine ({@code voice_quarantine_line}) and to the problems of a load
 * ({@code voice_rejection}); portable between H2 and PostgreSQL.
 */
@Repository
public class QuarantineLines {

    private static final String QUARANTINED = "QUARANTINED";

    private final JdbcClient jdbc;

    QuarantineLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A line held in quarantine.
     *
     * @param loadId the load that rejected it
     * @param line the line in the load's file
     * @param datePattern how its date is read
     * @param zone the zone of its local date-time
     * @param rawValues its values as a properties document
     */
    public record Held(long loadId, long line, String datePattern, ZoneId zone, String rawValues) {}

    /**
     * A problem of a load as kept.
     *
     * @param problem file, line, field, value and reason
     * @param status {@code REFUSED}, {@code QUARANTINED}, {@code FLAGGED} or {@code RESUBMITTED}
     */
    public record KeptProblem(InputProblem problem, String status) {}

    /** Keeps a quarantined line's values. */
    public void hold(Held held) {
        jdbc.sql("""
                INSERT INTO voice_quarantine_line (load_id, line, date_pattern, source_zone, raw_values)
                VALUES (:load, :line, :pattern, :zone, :values)""")
                .param("load", held.loadId())
                .param("line", held.line())
                .param("pattern", held.datePattern())
                .param("zone", held.zone().getId())
                .param("values", held.rawValues())
                .update();
    }

    /** {@return the lines of a load held in quarantine, in line order} */
    public List<Held> held(long loadId) {
        return select(" ORDER BY line", loadId, Optional.empty()).list();
    }

    /** {@return the line of a load, if held in quarantine} */
    public Optional<Held> held(long loadId, long line) {
        return select(" AND line = :line", loadId, Optional.of(line)).optional();
    }

    /** Hands every problem of a load to the action, in line order. */
    public void forEachProblem(long loadId, Consumer<KeptProblem> action) {
        jdbc.sql("""
                SELECT r.line, r.field, r.field_value, r.reason, r.status, l.file_name
                FROM voice_rejection r JOIN voice_load l ON l.id = r.load_id
                WHERE r.load_id = :load ORDER BY r.line, r.id""")
                .param("load", loadId)
                .query(rs -> {
                    action.accept(new KeptProblem(new InputProblem(rs.getString("file_name"), rs.getLong("line"),
                            rs.getString("field"), rs.getString("field_value"), rs.getString("reason")),
                            rs.getString("status")));
                });
    }

    /** Releases a line whose re-submission was stored: its rejections become {@code RESUBMITTED}. */
    public void release(long loadId, long line) {
        jdbc.sql("""
                UPDATE voice_rejection SET status = 'RESUBMITTED'
                WHERE load_id = :load AND line = :line AND status = 'QUARANTINED'""")
                .param("load", loadId).param("line", line).update();
        jdbc.sql("DELETE FROM voice_quarantine_line WHERE load_id = :load AND line = :line")
                .param("load", loadId).param("line", line).update();
    }

    /**
     * Keeps a line whose re-submission was rejected again with its new values; the caller stores its new problems.
     */
    public void replace(long loadId, long line, String rawValues) {
        jdbc.sql("DELETE FROM voice_rejection WHERE load_id = :load AND line = :line AND status = :status")
                .param("load", loadId).param("line", line).param("status", QUARANTINED).update();
        jdbc.sql("UPDATE voice_quarantine_line SET raw_values = :values WHERE load_id = :load AND line = :line")
                .param("values", rawValues).param("load", loadId).param("line", line).update();
    }

    private JdbcClient.MappedQuerySpec<Held> select(String condition, long loadId, Optional<Long> line) {
        var spec = jdbc.sql("SELECT load_id, line, date_pattern, source_zone, raw_values FROM voice_quarantine_line"
                        + " WHERE load_id = :load" + condition)
                .param("load", loadId);
        if (line.isPresent()) {
            spec = spec.param("line", line.get());
        }
        return spec.query((rs, row) -> new Held(rs.getLong("load_id"), rs.getLong("line"),
                rs.getString("date_pattern"), ZoneId.of(rs.getString("source_zone")), rs.getString("raw_values")));
    }
}
