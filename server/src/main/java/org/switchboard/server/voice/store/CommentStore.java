package org.switchboard.server.voice.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.server.voice.VoiceFilter;

/**
 * The comments of customer responses, newest first, for the filter and an optional search text (case-insensitive,
 * anywhere in the comment); and the comments of a staff survey, without team or month.
 */
@Repository
public class CommentStore {

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@return one page of the customer comments of the filter}
     *
     * @param filter survey, months and dimensions (the touchpoint does not apply: a comment belongs to the response)
     * @param search text the comment must contain; empty for all
     * @param headlineQuestion the question whose answer is shown next to each comment
     * @param offset comments to skip
     * @param limit the most comments to return
     */
    public List<Comment> customerComments(VoiceFilter filter, Optional<String> search, long headlineQuestion,
            int offset, int limit) {
        var sql = new StringBuilder("""
                SELECT r.answered_at, r.language, r.channel, r.queue, r.agent_id, r.comment_text, a.answer
                FROM voice_response r LEFT JOIN voice_answer a ON a.response_id = r.id AND a.question_id = :question
                WHERE r.survey_id = :survey AND r.answered_month BETWEEN :from AND :to AND r.comment_text IS NOT NULL""");
        var params = new HashMap<String, Object>();
        params.put("question", headlineQuestion);
        params.put("survey", filter.surveyId());
        params.put("from", filter.fromMonth());
        params.put("to", filter.toMonth());
        SqlConditions.equal(sql, params, "r.channel", "channel", filter.channel());
        SqlConditions.equal(sql, params, "r.queue", "queue", filter.queue());
        SqlConditions.equal(sql, params, "r.team", "team", filter.team());
        SqlConditions.equal(sql, params, "r.agent_id", "agent", filter.agent());
        search.ifPresent(text -> {
            sql.append(" AND LOWER(r.comment_text) LIKE :search ESCAPE '\\'");
            params.put("search", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        });
        sql.append(" ORDER BY r.answered_at DESC, r.id DESC OFFSET ").append(offset).append(" ROWS FETCH NEXT ")
                .append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> {
                    int answer = rs.getInt("answer");
                    return new Comment(rs.getObject("answered_at", OffsetDateTime.class).toInstant(),
                            rs.getString("language"), rs.getString("channel"), rs.getString("queue"),
                            rs.getString("agent_id"), rs.wasNull() ? Optional.empty() : Optional.of(answer),
                            rs.getString("comment_text"));
                })
                .list();
    }

    /** {@return the comments of a staff survey in the months, in a stable order that reveals no team or person} */
    public List<String> staffComments(long surveyId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT a.comment_text FROM voice_staff_answer a JOIN voice_question q ON q.id = a.question_id
                WHERE q.survey_id = ? AND a.answered_month BETWEEN ? AND ? AND a.comment_text IS NOT NULL
                ORDER BY a.comment_text""")
                .params(surveyId, from, to)
                .query(String.class)
                .list();
    }


    /**
     * A customer's comment with where it came from.
     *
     * @param answeredAt when the response was given
     * @param language the answer language
     * @param channel the channel, {@code ""} when unknown
     * @param queue the queue of the linked contact, {@code ""} when not linked
     * @param agent the agent of the linked contact, {@code ""} when not linked
     * @param answer the response's answer to the headline question, if it gave one
     * @param text the comment
     */
    public record Comment(Instant answeredAt, String language, String channel, String queue, String agent,
            Optional<Integer> answer, String text) {}
}
