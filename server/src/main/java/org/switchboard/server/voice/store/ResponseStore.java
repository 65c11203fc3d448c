package org.switchboard.server.voice.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.server.voice.importing.CheckedResponse;

/**
 * Writes imports of responses: {@code voice_load}, {@code voice_rejection}, {@code voice_response} with
 * {@code voice_answer}, and {@code voice_staff_answer}. Responses already held (same survey, source and response id)
 * are left as they were, so importing a file again adds nothing.
 */
@Repository
public class ResponseStore {

    private static final int CHUNK = 500;

    private static final String LOADS = """
            SELECT l.id, s.code, l.source, l.file_name, l.actor, l.started_at, l.status, l.records_read,
                   l.records_added, l.records_present, l.records_rejected, l.records_unlinked
            FROM voice_load l JOIN voice_survey s ON s.id = l.survey_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ResponseStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Starts a load.
     *
     * @return its id
     */
    public long startLoad(long surveyId, String source, String fileName, String policy, String actor, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO voice_load (survey_id, source, file_name, reject_policy, actor, started_at, status,
                                        records_read, records_added, records_present, records_rejected,
                                        records_unlinked)
                VALUES (?, ?, ?, ?, ?, ?, 'COMPLETED', 0, 0, 0, 0, 0)""")
                .params(surveyId, source, truncate(fileName, 500), policy, actor, at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Records how a load ended. */
    public void finishLoad(long loadId, String status, LoadCounts counts) {
        jdbc.sql("""
                UPDATE voice_load SET status = ?, records_read = ?, records_added = ?, records_present = ?,
                                      records_rejected = ?, records_unlinked = ?
                WHERE id = ?""")
                .params(status, counts.read(), counts.added(), counts.present(), counts.rejected(), counts.unlinked(),
                        loadId)
                .update();
    }

    /** Keeps the problems of a load with a status: {@code REFUSED}, {@code QUARANTINED} or {@code FLAGGED}. */
    public void keepProblems(long loadId, List<InputProblem> problems, String status) {
        batch.batchUpdate(
                """
                INSERT INTO voice_rejection (load_id, line, field, field_value, reason, status)
                VALUES (?, ?, ?, ?, ?, ?)""",
                problems,
                CHUNK,
                (ps, problem) -> {
                    ps.setLong(1, loadId);
                    ps.setLong(2, problem.line());
                    ps.setString(3, truncate(problem.field(), 128));
                    ps.setString(4, truncate(problem.value(), 2000));
                    ps.setString(5, truncate(problem.reason(), 1000));
                    ps.setString(6, status);
                });
    }

    /**
     * Stores the customer responses not yet held.
     *
     * @param surveyId the survey
     * @param source the source's name
     * @param loadId the load
     * @param responses checked responses
     * @param contacts the facts of the named contacts that are held
     * @param zone the zone of the months
     * @return the months of the added responses and how many were added
     */
    public Added addCustomerResponses(long surveyId, String source, long loadId, List<CheckedResponse> responses,
            Map<String, ContactFacts> contacts, ZoneId zone) {
        var months = new TreeSet<LocalDate>();
        long added = 0;
        for (int from = 0; from < responses.size(); from += CHUNK) {
            var chunk = responses.subList(from, Math.min(responses.size(), from + CHUNK));
            var held = ids(surveyId, source, chunk);
            var fresh = new ArrayList<CheckedResponse>();
            var seen = new java.util.HashSet<String>();
            for (var response : chunk) {
                if (!held.containsKey(response.responseId()) && seen.add(response.responseId())) {
                    fresh.add(response);
                }
            }
            insertResponses(surveyId, source, loadId, fresh, contacts, zone);
            var ids = ids(surveyId, source, fresh);
            var answers = new ArrayList<long[]>();
            for (var response : fresh) {
                months.add(month(response.answeredAt(), zone));
                long id = ids.get(response.responseId());
                response.answers().forEach((question, answer) -> answers.add(new long[] {id, question, answer}));
            }
            batch.batchUpdate("INSERT INTO voice_answer (response_id, question_id, answer) VALUES (?, ?, ?)",
                    answers, CHUNK, (ps, answer) -> {
                        ps.setLong(1, answer[0]);
                        ps.setLong(2, answer[1]);
                        ps.setInt(3, (int) answer[2]);
                    });
            added += fresh.size();
        }
        return new Added(added, months);
    }

    /**
     * Stores employees' answers not yet held: no person and no response id, only a SHA-256 of source and response
     * id, the team and the month.
     *
     * @return how many responses were added
     */
    public long addStaffResponses(String source, long loadId, List<CheckedResponse> responses, ZoneId zone) {
        var rows = new ArrayList<StaffRow>();
        var seen = new java.util.HashSet<String>();
        for (var response : responses) {
            var hash = sha256(source + "\n" + response.responseId());
            if (!seen.add(hash)) {
                continue;
            }
            boolean first = true;
            for (var answer : response.answers().entrySet()) {
                rows.add(new StaffRow(answer.getKey(), hash, month(response.answeredAt(), zone),
                        response.team().orElse(""), answer.getValue(),
                        first ? response.comment().orElse(null) : null));
                first = false;
            }
        }
        var held = new java.util.HashSet<String>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            held.addAll(jdbc.sql("""
                    SELECT question_id, submission_hash FROM voice_staff_answer WHERE submission_hash IN (:hashes)""")
                    .param("hashes", rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream()
                            .map(StaffRow::hash).toList())
                    .query((rs, n) -> rs.getLong(1) + "/" + rs.getString(2))
                    .list());
        }
        var fresh = rows.stream().filter(row -> !held.contains(row.question() + "/" + row.hash())).toList();
        batch.batchUpdate("""
                INSERT INTO voice_staff_answer (question_id, submission_hash, answered_month, team, answer,
                                                comment_text, load_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", fresh, CHUNK, (ps, row) -> {
                    ps.setLong(1, row.question());
                    ps.setString(2, row.hash());
                    ps.setObject(3, row.month());
                    ps.setString(4, row.team());
                    ps.setInt(5, row.answer());
                    ps.setString(6, row.comment());
                    ps.setLong(7, loadId);
                });
        return fresh.stream().map(StaffRow::hash).distinct().count();
    }

    /** {@return the latest loads, newest first} */
    public List<LoadRow> latestLoads(int limit) {
        return jdbc.sql(LOADS + " ORDER BY l.id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .query((rs, row) -> loadRow(rs))
                .list();
    }

    /** {@return the load with this id, if held} */
    public Optional<LoadRow> load(long loadId) {
        return jdbc.sql(LOADS + " WHERE l.id = :id").param("id", loadId).query((rs, row) -> loadRow(rs)).optional();
    }

    private static LoadRow loadRow(ResultSet rs) throws SQLException {
        return new LoadRow(rs.getLong("id"), rs.getString("code"), rs.getString("source"),
                rs.getString("file_name"), rs.getString("actor"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
                new LoadCounts(rs.getLong("records_read"), rs.getLong("records_added"),
                        rs.getLong("records_present"), rs.getLong("records_rejected"),
                        rs.getLong("records_unlinked")));
    }

    /** {@return the first day of the month of the instant in the zone} */
    public static LocalDate month(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().withDayOfMonth(1);
    }

    private void insertResponses(long surveyId, String source, long loadId, List<CheckedResponse> fresh,
            Map<String, ContactFacts> contacts, ZoneId zone) {
        batch.batchUpdate("""
                INSERT INTO voice_response (survey_id, source, response_key, answered_at, answered_month, language,
                                            channel, customer_hash, contact_source_id, link_status, queue, agent_id,
                                            team, reason_code, wait_seconds, transferred, repeat_followed,
                                            comment_text, load_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", fresh, CHUNK, (ps, r) -> {
                    var facts = r.contactId().map(contacts::get);
                    var linked = facts.isPresent() && facts.get() != null;
                    ps.setLong(1, surveyId);
                    ps.setString(2, source);
                    ps.setString(3, r.responseId());
                    ps.setObject(4, r.answeredAt().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(5, month(r.answeredAt(), zone));
                    ps.setString(6, r.language());
                    ps.setString(7, linked ? facts.get().channel() : r.channel().orElse(""));
                    ps.setString(8, r.customerHash().orElse(null));
                    ps.setString(9, r.contactId().orElse(null));
                    ps.setString(10, linked ? "LINKED" : r.contactId().isPresent() ? "UNLINKED" : "NONE");
                    ps.setString(11, linked ? facts.get().queue() : "");
                    ps.setString(12, linked ? facts.get().agentId() : "");
                    ps.setString(13, linked ? facts.get().team() : r.team().orElse(""));
                    ps.setString(14, linked ? facts.get().reasonCode().orElse(null) : null);
                    if (linked) {
                        ps.setInt(15, facts.get().waitSeconds());
                        ps.setBoolean(16, facts.get().transferred());
                        ps.setBoolean(17, facts.get().repeatFollowed());
                    } else {
                        ps.setNull(15, Types.INTEGER);
                        ps.setNull(16, Types.BOOLEAN);
                        ps.setNull(17, Types.BOOLEAN);
                    }
                    ps.setString(18, r.comment().orElse(null));
                    ps.setLong(19, loadId);
                });
    }

    private Map<String, Long> ids(long surveyId, String source, List<CheckedResponse> responses) {
        var ids = new HashMap<String, Long>();
        if (responses.isEmpty()) {
            return ids;
        }
        jdbc.sql("""
                SELECT id, response_key FROM voice_response
                WHERE survey_id = :survey AND source = :source AND response_key IN (:keys)""")
                .param("survey", surveyId)
                .param("source", source)
                .param("keys", responses.stream().map(CheckedResponse::responseId).distinct().toList())
                .query(rs -> {
                    ids.put(rs.getString("response_key"), rs.getLong("id"));
                });
        return ids;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /**
     * What {@link #addCustomerResponses} added.
     *
     * @param responses how many responses
     * @param months the months they fall in
     */
    public record Added(long responses, Set<LocalDate> months) {}

    /**
     * A load as the imports page lists it.
     *
     * @param id the load
     * @param survey the survey's code
     * @param source the source
     * @param fileName the file, or {@code request}
     * @param actor who imported
     * @param startedAt when
     * @param status {@code COMPLETED} or {@code REFUSED}
     * @param counts what it did
     */
    public record LoadRow(long id, String survey, String source, String fileName, String actor, Instant startedAt,
            String status, LoadCounts counts) {}

    private record StaffRow(long question, String hash, LocalDate month, String team, int answer,
            @org.jspecify.annotations.Nullable String comment) {}
}
