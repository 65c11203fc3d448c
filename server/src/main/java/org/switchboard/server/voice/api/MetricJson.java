package org.switchboard.server.voice.api;

import java.util.Optional;
import org.switchboard.server.voice.MetricFigure;

/**
 * A metric in the REST API: shares as fractions 0–1, NPS and eNPS in points; value, lower and upper are absent
 * without answers.
 *
 * @param metric the metric, e.g. {@code cdsat}
 * @param value the point estimate
 * @param lower the lower end of the interval
 * @param upper the upper end of the interval
 * @param n the number of answers
 * @param confidence the confidence level of the interval
 * @param method {@code WILSON} or {@code NORMAL}
 * @param status {@code SUFFICIENT} or {@code INSUFFICIENT_DATA}
 */
public record MetricJson(
        String metric,
        Optional<Double> value,
        Optional<Double> lower,
        Optional<Double> upper,
        long n,
        Optional<Double> confidence,
        Optional<String> method,
        String status) {

    /** {@return the figure in the API's form} */
    static MetricJson of(MetricFigure figure) {
        var estimate = figure.estimate();
        return new MetricJson(figure.metric().slug(), estimate.map(e -> e.value()), estimate.map(e -> e.lower()),
                estimate.map(e -> e.upper()), figure.n(), estimate.map(e -> e.confidence()),
                estimate.map(e -> e.method().name()), figure.status().name());
    }
}
