package org.switchboard.server.voice.web;

import java.util.Locale;
import org.switchboard.engine.voice.DataStatus;
import org.switchboard.engine.voice.MetricEstimate;
import org.switchboard.server.voice.MetricFigure;

/**
 * A metric written out for a page: the value, its interval and n; shares in percent with one decimal, net scores in
 * signed points.
 *
 * @param metric the metric's slug, e.g. {@code cdsat}
 * @param value the value, or {@code –} without answers
 * @param interval the interval, e.g. {@code 55.1–60.8 %}, or empty without answers
 * @param n the number of answers
 * @param insufficient whether n is below the precision target's sample size
 */
public record FigureView(String metric, String value, String interval, long n, boolean insufficient) {

    /** What a figure without answers shows. */
    static final String NONE = "–";

    /** {@return the figure written out in the locale} */
    static FigureView of(MetricFigure figure, Locale locale) {
        var slug = figure.metric().slug();
        boolean insufficient = figure.status() == DataStatus.INSUFFICIENT_DATA;
        return figure.estimate()
                .map(e -> new FigureView(slug, value(e, figure.metric().isNetScore(), locale),
                        interval(e, figure.metric().isNetScore(), locale), e.n(), insufficient))
                .orElse(new FigureView(slug, NONE, "", 0, true));
    }

    /** {@return a share 0–1 as percent with one decimal, or a net score as signed points} */
    static String value(MetricEstimate estimate, boolean netScore, Locale locale) {
        return netScore ? String.format(locale, "%+.0f", estimate.value())
                : String.format(locale, "%.1f %%", 100 * estimate.value());
    }

    private static String interval(MetricEstimate estimate, boolean netScore, Locale locale) {
        return netScore ? String.format(locale, "%+.0f … %+.0f", estimate.lower(), estimate.upper())
                : String.format(locale, "%.1f–%.1f %%", 100 * estimate.lower(), 100 * estimate.upper());
    }
}
