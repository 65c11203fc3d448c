package org.switchboard.server.voice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.AnswerTally;

/**
 * The staff survey's figures ({@code voice_staff_answer}), anonymous by construction: answers are counted per team and
 * month only, every figure describes at least {@link VoiceRoles#MIN_STAFF_GROUP} respondents, and the teams a
 * breakdown may show are chosen by {@link AnonymousGroups}. The monthly trend of a group keeps only the months with at
 * least the minimum of respondents.
 */
@Service
public class StaffFigures {

    private final JdbcClient jdbc;
    private final SurveyFigures figures;

    StaffFigures(JdbcClient jdbc, SurveyFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /**
     * {@return the staff survey's figures for a range of months}
     *
     * @param survey a staff survey
     * @param from the first month (first day)
     * @param to the last month (first day), inclusive
     */
    public StaffReport report(Survey survey, LocalDate from, LocalDate to) {
        int minimum = VoiceRoles.MIN_STAFF_GROUP;
        var rows = jdbc.sql("""
                SELECT a.team, a.question_id, a.answered_month, a.answer, COUNT(*) AS answers
                FROM voice_staff_answer a JOIN voice_question q ON q.id = a.question_id
                WHERE q.survey_id = ? AND a.answered_month BETWEEN ? AND ?
                GROUP BY a.team, a.question_id, a.answered_month, a.answer""")
                .params(survey.id(), from, to)
                .query((rs, row) -> new Row(rs.getString("team"), rs.getLong("question_id"),
                        rs.getObject("answered_month", LocalDate.class), rs.getInt("answer"), rs.getLong("answers")))
                .list();
        var respondents = new TreeMap<String, Long>();
        var monthlyRespondents = new HashMap<String, Map<LocalDate, Long>>();
        jdbc.sql("""
                SELECT a.team, a.answered_month, COUNT(DISTINCT a.submission_hash) AS respondents
                FROM voice_staff_answer a JOIN voice_question q ON q.id = a.question_id
                WHERE q.survey_id = ? AND a.answered_month BETWEEN ? AND ?
                GROUP BY a.team, a.answered_month""")
                .params(survey.id(), from, to)
                .query(rs -> {
                    var team = rs.getString("team");
                    long n = rs.getLong("respondents");
                    respondents.merge(team, n, Long::sum);
                    monthlyRespondents.computeIfAbsent(team, t -> new HashMap<>())
                            .put(rs.getObject("answered_month", LocalDate.class), n);
                });
        // a respondent answers once a month: the respondents of a range are the sum over its months
        var visible = AnonymousGroups.visible(respondents, minimum);
        var hidden = respondents.keySet().stream().filter(team -> !visible.contains(team)).toList();
        long everyone = respondents.values().stream().mapToLong(Long::longValue).sum();
        long others = hidden.stream().mapToLong(respondents::get).sum();
        var teams = new ArrayList<StaffGroup>();
        for (var team : visible) {
            teams.add(group(team, Set.of(team), respondents.get(team), survey, rows, monthlyRespondents));
        }
        return new StaffReport(
                survey,
                everyone >= minimum
                        ? Optional.of(group(StaffGroup.EVERYONE, respondents.keySet(), everyone, survey, rows,
                                monthlyRespondents))
                        : Optional.empty(),
                teams,
                others >= minimum
                        ? Optional.of(group(StaffGroup.OTHER_TEAMS, Set.copyOf(hidden), others, survey, rows,
                                monthlyRespondents))
                        : Optional.empty(),
                hidden.size());
    }

    private StaffGroup group(String name, Set<String> members, long respondents, Survey survey, List<Row> rows,
            Map<String, Map<LocalDate, Long>> monthlyRespondents) {
        var monthTotals = new HashMap<LocalDate, Long>();
        members.forEach(team -> monthlyRespondents.getOrDefault(team, Map.of())
                .forEach((month, n) -> monthTotals.merge(month, n, Long::sum)));
        var questions = new ArrayList<QuestionReport>();
        for (var question : survey.questions()) {
            var tallies = new TreeMap<LocalDate, AnswerTally>();
            rows.stream()
                    .filter(row -> row.question() == question.id() && members.contains(row.team()))
                    .filter(row -> monthTotals.getOrDefault(row.month(), 0L) >= VoiceRoles.MIN_STAFF_GROUP)
                    .filter(row -> question.scale().contains(row.answer()))
                    .forEach(row -> tallies.computeIfAbsent(row.month(), m -> new AnswerTally(question.scale()))
                            .add(row.answer(), row.answers()));
            SortedMap<LocalDate, AnswerDistribution> months = new TreeMap<>();
            tallies.forEach((month, tally) -> months.put(month, tally.distribution()));
            questions.add(figures.report(question, months));
        }
        return new StaffGroup(name, respondents, questions);
    }

    private record Row(String team, long question, LocalDate month, int answer, long answers) {}
}
