package org.switchboard.server.voice.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.server.voice.VoiceFilter;

/**
 * The answer counts per question, month, queue, channel, team, agent and answer ({@code voice_answer_count}) that
 * every page and REST endpoint reads: a month of a survey is rebuilt from its responses after each import that added
 * to it, and a figure for a filter sums at most a few thousand counts, however many responses there are.
 */
@Repository
public class AnswerCounts {

    private final JdbcClient jdbc;

    AnswerCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rebuilds the counts of the survey's months from its responses. */
    public void rebuild(long surveyId, Collection<LocalDate> months) {
        for (var month : months) {
            jdbc.sql("""
                    DELETE FROM voice_answer_count
                    WHERE answered_month = ? AND question_id IN (SELECT id FROM voice_question WHERE survey_id = ?)""")
                    .params(month, surveyId)
                    .update();
            jdbc.sql("""
                    INSERT INTO voice_answer_count (question_id, answered_month, queue, channel, team, agent_id,
                                                    answer, responses)
                    SELECT a.question_id, r.answered_month, r.queue, r.channel, r.team, r.agent_id, a.answer, COUNT(*)
                    FROM voice_response r JOIN voice_answer a ON a.response_id = r.id
                    WHERE r.survey_id = ? AND r.answered_month = ?
                    GROUP BY a.question_id, r.answered_month, r.queue, r.channel, r.team, r.agent_id, a.answer""")
                    .params(surveyId, month)
                    .update();
        }
    }

    /** {@return the counts of the filter, summed per question, month and answer} */
    public List<AnswerCount> counts(VoiceFilter filter) {
        var sql = new StringBuilder("""
                SELECT c.question_id, c.answered_month, c.answer, SUM(c.responses) AS responses
                FROM voice_answer_count c JOIN voice_question q ON q.id = c.question_id
                WHERE q.survey_id = :survey AND c.answered_month BETWEEN :from AND :to""");
        var params = new java.util.HashMap<String, Object>();
        params.put("survey", filter.surveyId());
        params.put("from", filter.fromMonth());
        params.put("to", filter.toMonth());
        SqlConditions.equal(sql, params, "q.touchpoint", "touchpoint", filter.touchpoint());
        SqlConditions.equal(sql, params, "c.channel", "channel", filter.channel());
        SqlConditions.equal(sql, params, "c.queue", "queue", filter.queue());
        SqlConditions.equal(sql, params, "c.team", "team", filter.team());
        SqlConditions.equal(sql, params, "c.agent_id", "agent", filter.agent());
        sql.append(" GROUP BY c.question_id, c.answered_month, c.answer");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new AnswerCount(rs.getLong("question_id"),
                        rs.getObject("answered_month", LocalDate.class), rs.getInt("answer"),
                        rs.getLong("responses")))
                .list();
    }

    /**
     * {@return the distinct values of a dimension in the filter's survey and months, sorted, without "none"}
     *
     * @param filter the survey and months (the other dimensions do not narrow the choices)
     * @param dimension which dimension
     */
    public List<String> values(VoiceFilter filter, Dimension dimension) {
        return jdbc.sql("SELECT DISTINCT c." + dimension.column() + " FROM voice_answer_count c"
                        + " JOIN voice_question q ON q.id = c.question_id"
                        + " WHERE c.answered_month BETWEEN ? AND ? AND q.survey_id = ? AND c." + dimension.column()
                        + " <> '' ORDER BY 1")
                .params(filter.fromMonth(), filter.toMonth(), filter.surveyId())
                .query(String.class)
                .list();
    }

    /** {@return the first and last month with answers of the survey (customer counts or staff answers), if any} */
    public Optional<List<LocalDate>> monthRange(long surveyId) {
        var range = jdbc.sql("""
                SELECT MIN(m.answered_month) AS first_month, MAX(m.answered_month) AS last_month FROM (
                    SELECT c.answered_month FROM voice_answer_count c
                    JOIN voice_question q ON q.id = c.question_id WHERE q.survey_id = ?
                    UNION ALL
                    SELECT a.answered_month FROM voice_staff_answer a
                    JOIN voice_question q ON q.id = a.question_id WHERE q.survey_id = ?) m""")
                .params(surveyId, surveyId)
                .query((rs, row) -> {
                    var months = new ArrayList<LocalDate>();
                    var first = rs.getObject("first_month", LocalDate.class);
                    var last = rs.getObject("last_month", LocalDate.class);
                    if (first != null && last != null) {
                        months.add(first);
                        months.add(last);
                    }
                    return months;
                })
                .single();
        return range.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(range));
    }

    /** A filter dimension with the column that holds it. */
    public enum Dimension {
        /** The contact's channel. */
        CHANNEL("channel"),
        /** The contact's queue. */
        QUEUE("queue"),
        /** The handling agent's team. */
        TEAM("team"),
        /** The handling agent. */
        AGENT("agent_id");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    /**
     * How many responses gave an answer to a question in a month.
     *
     * @param questionId the question
     * @param month the month's first day
     * @param answer the answer
     * @param responses how many
     */
    public record AnswerCount(long questionId, LocalDate month, int answer, long responses) {}
}
