package org.switchboard.server.voice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.AnswerTally;
import org.switchboard.engine.voice.Boxes;
import org.switchboard.engine.voice.Change;
import org.switchboard.engine.voice.IntervalSettings;
import org.switchboard.engine.voice.PeriodComparison;
import org.switchboard.engine.voice.PrecisionTarget;
import org.switchboard.engine.voice.VoiceMetrics;
import org.switchboard.server.voice.store.AnswerCounts;

/**
 * The metrics of a survey for a filter: the monthly answer counts ({@link AnswerCounts}) become one mergeable answer
 * distribution per question and month, and the engine computes every metric and interval from them
 * ({@code VoiceMetrics}: 95 % Wilson intervals for shares, the normal interval of a difference of shares for NPS), the
 * "insufficient data" status against the precision target (± 5 points at 95 %, metrics.md §4: 385 answers for a share)
 * and the change between the last two months by a test ({@code PeriodComparison}).
 */
@Service
public class SurveyFigures {

    private final AnswerCounts counts;
    private final IntervalSettings settings = IntervalSettings.standard();
    private final PrecisionTarget target = PrecisionTarget.standard();

    SurveyFigures(AnswerCounts counts) {
        this.counts = counts;
    }

    /** {@return the precision target behind the "insufficient data" status} */
    public PrecisionTarget target() {
        return target;
    }

    /**
     * Computes the figures of every question of the survey that the filter keeps.
     *
     * @param survey the survey
     * @param filter months and dimensions
     * @return one report per question, in survey order; questions of other touchpoints are left out
     */
    public List<QuestionReport> report(Survey survey, VoiceFilter filter) {
        var monthly = new HashMap<Long, SortedMap<LocalDate, AnswerTally>>();
        var byId = new HashMap<Long, Question>();
        survey.questions().forEach(q -> byId.put(q.id(), q));
        for (var count : counts.counts(filter)) {
            var question = byId.get(count.questionId());
            if (question != null && question.scale().contains(count.answer())) {
                monthly.computeIfAbsent(count.questionId(), id -> new TreeMap<>())
                        .computeIfAbsent(count.month(), m -> new AnswerTally(question.scale()))
                        .add(count.answer(), count.responses());
            }
        }
        var reports = new ArrayList<QuestionReport>();
        for (var question : survey.questions()) {
            if (filter.touchpoint().isPresent() && !filter.touchpoint().get().equals(question.touchpoint())) {
                continue;
            }
            var months = new TreeMap<LocalDate, AnswerDistribution>();
            monthly.getOrDefault(question.id(), Collections.emptySortedMap())
                    .forEach((month, tally) -> months.put(month, tally.distribution()));
            reports.add(report(question, months));
        }
        return reports;
    }

    /**
     * {@return the figures of one question from its answers}
     *
     * @param question the question
     * @param months its answers per month
     */
    public QuestionReport report(Question question, SortedMap<LocalDate, AnswerDistribution> months) {
        var total = months.values().stream()
                .reduce(AnswerDistribution.empty(question.scale()), AnswerDistribution::merge);
        var monthly = new TreeMap<LocalDate, List<MetricFigure>>();
        months.forEach((month, answers) -> monthly.put(month, figures(question, answers)));
        return new QuestionReport(question, total, figures(question, total), VoiceMetrics.mean(total, settings),
                months, monthly, change(question, months));
    }

    /** {@return the metrics of a question's answers, headline first} */
    public List<MetricFigure> figures(Question question, AnswerDistribution answers) {
        return VoiceMetric.of(question.kind()).stream().map(metric -> figure(metric, question.boxes(), answers))
                .toList();
    }

    private MetricFigure figure(VoiceMetric metric, Boxes boxes, AnswerDistribution answers) {
        if (metric.isNetScore()) {
            var score = VoiceMetrics.netScore(answers, boxes, settings);
            return new MetricFigure(metric, score.map(s -> s.score()), score,
                    target.netScoreStatus(answers.total()));
        }
        var estimate = switch (metric) {
            case CSAT -> VoiceMetrics.csat(answers, boxes, settings);
            case CDSAT -> VoiceMetrics.cdsat(answers, boxes, settings);
            case CES -> VoiceMetrics.ces(answers, boxes, settings);
            case TOP_BOX -> VoiceMetrics.share(answers, boxes.top(), settings);
            default -> VoiceMetrics.share(answers, boxes.bottom(), settings);
        };
        return new MetricFigure(metric, estimate, Optional.empty(), target.shareStatus(answers.total()));
    }

    private Optional<Change> change(Question question, SortedMap<LocalDate, AnswerDistribution> months) {
        if (months.size() < 2) {
            return Optional.empty();
        }
        var last = months.get(months.lastKey());
        var before = months.get(months.headMap(months.lastKey()).lastKey());
        var boxes = question.boxes();
        var metric = VoiceMetric.of(question.kind()).getFirst();
        if (metric.isNetScore()) {
            var first = VoiceMetrics.netScore(before, boxes, settings);
            var second = VoiceMetrics.netScore(last, boxes, settings);
            return first.isPresent() && second.isPresent()
                    ? Optional.of(PeriodComparison.netScores(first.get(), second.get(), target))
                    : Optional.empty();
        }
        return Optional.of(PeriodComparison.shares(before.count(boxes.top()), before.total(), last.count(boxes.top()),
                last.total(), target));
    }
}
