package org.switchboard.server.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.switchboard.engine.voice.AnswerDistribution;
import org.switchboard.engine.voice.Change;
import org.switchboard.engine.voice.MeanEstimate;

/**
 * The figures of one question for a filter.
 *
 * @param question the question
 * @param total the answers of the whole range
 * @param figures the question's metrics over the whole range, headline first
 * @param mean the mean answer with its t interval (a secondary figure, shown next to the distribution)
 * @param months the answers of each month of the range that has any
 * @param monthly the metrics of each of those months
 * @param change the headline metric's change from the second-last to the last month, called by a test; empty with
 *     fewer than two months
 */
public record QuestionReport(
        Question question,
        AnswerDistribution total,
        List<MetricFigure> figures,
        Optional<MeanEstimate> mean,
        SortedMap<LocalDate, AnswerDistribution> months,
        SortedMap<LocalDate, List<MetricFigure>> monthly,
        Optional<Change> change) {

    /** {@return the headline metric over the whole range} */
    public MetricFigure headline() {
        return figures.getFirst();
    }
}
