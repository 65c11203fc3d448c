package org.switchboard.server.voice.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.switchboard.engine.voice.Change;
import org.switchboard.server.voice.QuestionReport;

/**
 * A question's figures written out for a page.
 *
 * @param code the question code
 * @param text the question's wording in the page's language
 * @param kind the kind's name, e.g. {@code CSAT}
 * @param touchpoint the touchpoint
 * @param scale the scale, e.g. {@code 1-5}
 * @param boxes the boxes, e.g. {@code top 4..5, bottom 1..1}
 * @param figures the metrics, headline first
 * @param mean the mean with its interval, a secondary figure; {@code –} below 2 answers
 * @param change the verdict on the change between the last two months, written out; empty with fewer than 2 months
 */
public record QuestionView(
        String code,
        String text,
        String kind,
        String touchpoint,
        String scale,
        String boxes,
        List<FigureView> figures,
        String mean,
        Optional<String> change) {

    /** {@return the report written out in the locale} */
    static QuestionView of(QuestionReport report, MessageSource messages, Locale locale) {
        var question = report.question();
        var mean = report.mean()
                .map(m -> String.format(locale, "%.2f (%.2f–%.2f)", m.mean(), m.lower(), m.upper()))
                .orElse(FigureView.NONE);
        return new QuestionView(
                question.code(),
                question.text(locale.toLanguageTag()),
                question.kind().name(),
                question.touchpoint(),
                question.scale().toString(),
                messages.getMessage("voice.boxes", new Object[] {question.boxes().top(), question.boxes().bottom()},
                        locale),
                report.figures().stream().map(figure -> FigureView.of(figure, locale)).toList(),
                mean,
                report.change().map(change -> change(change, report.headline().metric().isNetScore(), messages,
                        locale)));
    }

    private static String change(Change change, boolean netScore, MessageSource messages, Locale locale) {
        var difference = netScore ? String.format(locale, "%+.0f", change.difference())
                : String.format(locale, "%+.1f", 100 * change.difference());
        return messages.getMessage("voice.change." + change.status().name(),
                new Object[] {difference, String.format(locale, "%.3f", change.pValue())}, locale);
    }
}
