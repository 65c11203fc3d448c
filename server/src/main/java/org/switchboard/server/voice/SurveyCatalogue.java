package org.switchboard.server.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.Boxes;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;

/**
 * The surveys held: {@code voice_survey}, {@code voice_question} and {@code voice_question_label}. A survey is
 * defined once by its code; defining it again leaves the stored one as it is (answers refer to its questions).
 */
@Service
public class SurveyCatalogue {

    private final JdbcClient jdbc;

    SurveyCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a survey unless one with its code exists.
     *
     * @param survey the definition (ids 0)
     * @return the stored survey, with database ids
     */
    @Transactional
    public Survey define(Survey survey) {
        var existing = find(survey.code());
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("INSERT INTO voice_survey (code, name, audience) VALUES (?, ?, ?)")
                .params(survey.code(), survey.name(), survey.audience().name())
                .update();
        long surveyId = jdbc.sql("SELECT id FROM voice_survey WHERE code = ?").param(survey.code())
                .query(Long.class).single();
        int position = 0;
        for (var question : survey.questions()) {
            jdbc.sql("""
                    INSERT INTO voice_question (survey_id, code, metric, scale_min, scale_max, top_from, top_to,
                                                bottom_from, bottom_to, touchpoint, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(surveyId, question.code(), question.kind().name(), question.scale().min(),
                            question.scale().max(), question.boxes().top().from(), question.boxes().top().to(),
                            question.boxes().bottom().from(), question.boxes().bottom().to(), question.touchpoint(),
                            position++)
                    .update();
            long questionId = jdbc.sql("SELECT id FROM voice_question WHERE survey_id = ? AND code = ?")
                    .params(surveyId, question.code()).query(Long.class).single();
            question.texts().forEach((language, text) -> label(questionId, language, null, text));
            question.labels().forEach((language, points) ->
                    points.forEach((answer, text) -> label(questionId, language, answer, text)));
        }
        return find(survey.code()).orElseThrow();
    }

    /** {@return the survey with this code, if it is held} */
    public Optional<Survey> find(String code) {
        return jdbc.sql("SELECT id, code, name, audience FROM voice_survey WHERE code = ?").param(code)
                .query((rs, row) -> new SurveyRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        Audience.valueOf(rs.getString("audience"))))
                .optional()
                .map(this::withQuestions);
    }

    /** {@return the surveys for this audience, by code} */
    public List<Survey> all(Audience audience) {
        return jdbc.sql("SELECT id, code, name, audience FROM voice_survey WHERE audience = ? ORDER BY code")
                .param(audience.name())
                .query((rs, row) -> new SurveyRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        Audience.valueOf(rs.getString("audience"))))
                .list()
                .stream()
                .map(this::withQuestions)
                .toList();
    }

    private void label(long questionId, String language, @Nullable Integer answer, String text) {
        jdbc.sql("INSERT INTO voice_question_label (question_id, language, answer, label) VALUES (?, ?, ?, ?)")
                .params(questionId, language, answer, text)
                .update();
    }

    private Survey withQuestions(SurveyRow row) {
        var texts = new HashMap<Long, Map<String, String>>();
        var labels = new HashMap<Long, Map<String, Map<Integer, String>>>();
        jdbc.sql("""
                SELECT l.question_id, l.language, l.answer, l.label
                FROM voice_question_label l JOIN voice_question q ON q.id = l.question_id
                WHERE q.survey_id = ?""")
                .param(row.id())
                .query(rs -> {
                    long question = rs.getLong("question_id");
                    int answer = rs.getInt("answer");
                    if (rs.wasNull()) {
                        texts.computeIfAbsent(question, q -> new HashMap<>())
                                .put(rs.getString("language"), rs.getString("label"));
                    } else {
                        labels.computeIfAbsent(question, q -> new HashMap<>())
                                .computeIfAbsent(rs.getString("language"), l -> new TreeMap<>())
                                .put(answer, rs.getString("label"));
                    }
                });
        var questions = new ArrayList<PositionedQuestion>();
        jdbc.sql("SELECT * FROM voice_question WHERE survey_id = ?").param(row.id())
                .query(rs -> {
                    questions.add(new PositionedQuestion(rs.getInt("position"), question(rs, texts, labels)));
                });
        questions.sort(Comparator.comparingInt(PositionedQuestion::position));
        return new Survey(row.id(), row.code(), row.name(), row.audience(),
                questions.stream().map(PositionedQuestion::question).toList());
    }

    private static Question question(
            ResultSet rs, Map<Long, Map<String, String>> texts, Map<Long, Map<String, Map<Integer, String>>> labels)
            throws SQLException {
        long id = rs.getLong("id");
        return new Question(
                id,
                rs.getString("code"),
                QuestionKind.valueOf(rs.getString("metric")),
                new Boxes(new Scale(rs.getInt("scale_min"), rs.getInt("scale_max")),
                        new Box(rs.getInt("top_from"), rs.getInt("top_to")),
                        new Box(rs.getInt("bottom_from"), rs.getInt("bottom_to"))),
                rs.getString("touchpoint"),
                texts.getOrDefault(id, Map.of()),
                labels.getOrDefault(id, Map.of()));
    }

    private record SurveyRow(long id, String code, String name, Audience audience) {}

    private record PositionedQuestion(int position, Question question) {}
}
