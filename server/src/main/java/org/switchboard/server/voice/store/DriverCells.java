package org.switchboard.server.voice.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.drivers.WaitBands;
import org.switchboard.server.voice.Question;
import org.switchboard.server.voice.VoiceFilter;

/**
 * The responses of a driver analysis, aggregated in the database: one row per combination of driver levels with its
 * number of responses and of outcomes (the outcome question's answer in a box). Only responses linked to a contact
 * take part, since the contact drivers (wait, transfer, repeat, queue, agent, reason) come from the contact. Levels:
 * the engine's standard wait bands ({@link WaitBands#standard()}: {@code 0-20s} … {@code 600s+}); {@code yes} /
 * {@code no};
 * queue, agent and reason as stored ({@code -} when none); another item's answer as {@code top}, {@code middle},
 * {@code bottom} or {@code none} (not answered).
 */
@Repository
public class DriverCells {

    private final JdbcClient jdbc;

    DriverCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A driver that comes from the response's contact. */
    public enum ContactDriver {
        /** The wait before the answer, in bands. */
        WAIT(waitBands(WaitBands.standard())),
        /** Whether the contact was transferred. */
        TRANSFERRED("CASE WHEN r.transferred THEN 'yes' ELSE 'no' END"),
        /** Whether the customer came back within the repeat window. */
        REPEAT("CASE WHEN r.repeat_followed THEN 'yes' ELSE 'no' END"),
        /** The contact's queue. */
        QUEUE("r.queue"),
        /** The contact's reason. */
        REASON("COALESCE(r.reason_code, '-')"),
        /** The handling agent. */
        AGENT("CASE WHEN r.agent_id = '' THEN '-' ELSE r.agent_id END");

        private final String expression;

        ContactDriver(String expression) {
            this.expression = expression;
        }

        /** {@return a CASE expression giving each wait its band code, the engine's bands} */
        private static String waitBands(WaitBands bands) {
            var sql = new StringBuilder("CASE");
            var codes = bands.codes();
            for (int k = 0; k < bands.limits().size(); k++) {
                sql.append(" WHEN r.wait_seconds < ").append(bands.limits().get(k).toSeconds()).append(" THEN '")
                        .append(codes.get(k)).append('\'');
            }
            return sql.append(" ELSE '").append(codes.getLast()).append("' END").toString();
        }
    }

    /**
     * {@return one cell per combination of levels: the levels (contact drivers, then items), responses, outcomes}
     *
     * @param filter survey, months, channel, queue, team, agent
     * @param outcome the question whose answer is the outcome
     * @param box the outcome box of that question (top box for CSAT, bottom box for CDSAT)
     * @param drivers the contact drivers
     * @param items other questions of the survey whose answers are drivers
     */
    public List<Cell> cells(VoiceFilter filter, Question outcome, Box box, List<ContactDriver> drivers,
            List<Question> items) {
        var columns = new ArrayList<String>();
        drivers.forEach(driver -> columns.add(driver.expression));
        var joins = new StringBuilder();
        var params = new HashMap<String, Object>();
        for (int k = 0; k < items.size(); k++) {
            var item = items.get(k);
            var alias = "i" + k;
            joins.append(" LEFT JOIN voice_answer ").append(alias).append(" ON ").append(alias)
                    .append(".response_id = r.id AND ").append(alias).append(".question_id = :item").append(k);
            params.put("item" + k, item.id());
            columns.add("CASE WHEN " + alias + ".answer IS NULL THEN 'none' WHEN " + alias + ".answer BETWEEN "
                    + item.boxes().top().from() + " AND " + item.boxes().top().to() + " THEN 'top' WHEN " + alias
                    + ".answer BETWEEN " + item.boxes().bottom().from() + " AND " + item.boxes().bottom().to()
                    + " THEN 'bottom' ELSE 'middle' END");
        }
        var inner = new StringBuilder("SELECT ");
        var names = new ArrayList<String>();
        for (int k = 0; k < columns.size(); k++) {
            inner.append(columns.get(k)).append(" AS d").append(k).append(", ");
            names.add("d" + k);
        }
        inner.append("CASE WHEN a.answer BETWEEN ").append(box.from()).append(" AND ").append(box.to())
                .append(" THEN 1 ELSE 0 END AS outcome FROM voice_response r JOIN voice_answer a ON a.response_id = r.id"
                        + " AND a.question_id = :question")
                .append(joins)
                .append(" WHERE r.survey_id = :survey AND r.answered_month BETWEEN :from AND :to"
                        + " AND r.link_status = 'LINKED'");
        params.put("question", outcome.id());
        params.put("survey", filter.surveyId());
        params.put("from", filter.fromMonth());
        params.put("to", filter.toMonth());
        SqlConditions.equal(inner, params, "r.channel", "channel", filter.channel());
        SqlConditions.equal(inner, params, "r.queue", "queue", filter.queue());
        SqlConditions.equal(inner, params, "r.team", "team", filter.team());
        SqlConditions.equal(inner, params, "r.agent_id", "agent", filter.agent());
        var group = String.join(", ", names);
        var sql = "SELECT " + group + ", COUNT(*) AS responses, SUM(outcome) AS outcomes FROM (" + inner + ") t"
                + " GROUP BY " + group;
        return jdbc.sql(sql).params(params)
                .query((rs, row) -> {
                    var levels = new ArrayList<String>(names.size());
                    for (var name : names) {
                        levels.add(rs.getString(name));
                    }
                    return new Cell(levels, rs.getLong("responses"), rs.getLong("outcomes"));
                })
                .list();
    }

    /**
     * Responses sharing their driver levels.
     *
     * @param levels one level per driver
     * @param responses how many responses
     * @param outcomes how many of them are outcomes
     */
    public record Cell(List<String> levels, long responses, long outcomes) {

        /** Copies the levels. */
        public Cell {
            levels = List.copyOf(levels);
        }
    }

    /** {@return the reference level of each contact driver that has a natural one} */
    public static Map<String, String> references() {
        return Map.of(ContactDriver.WAIT.name(), WaitBands.standard().codes().getFirst(),
                ContactDriver.TRANSFERRED.name(), "no",
                ContactDriver.REPEAT.name(), "no");
    }
}
