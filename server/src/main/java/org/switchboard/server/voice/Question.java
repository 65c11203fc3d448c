package org.switchboard.server.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Map;

/**
 * A survey question: its integer scale, the metric it feeds, its top and bottom boxes and the touchpoint or journey
 * step it measures.
 *
 * @param id database id; 0 for a definition not stored yet
 * @param code the question's code within its survey, also the default column name of its answers, e.g. {@code csat}
 * @param metric the metric it feeds
 * @param scaleMin the lowest answer
 * @param scaleMax the highest answer
 * @param top the top box (CSAT, promoters, CES agreement)
 * @param bottom the bottom box (CDSAT, detractors)
 * @param touchpoint the touchpoint or journey step, e.g. {@code after-call}
 * @param texts the wording of the question per language tag ({@code en}, {@code ru}, {@code zh-CN})
 * @param labels the labels of scale points per language tag, e.g. {@code en → {1: "Very dissatisfied", …}}
 */
public record Question(
        long id,
        String code,
        QuestionMetric metric,
        int scaleMin,
        int scaleMax,
        Box top,
        Box bottom,
        String touchpoint,
        Map<String, String> texts,
        Map<String, Map<Integer, String>> labels) {

    /**
     * Validates the question.
     *
     * @throws IllegalArgumentException if the code is blank, the scale has fewer than 2 points, a box lies off the
     *     scale, or the boxes overlap (the bottom box must lie below the top box)
     */
    public Question {
        requireArgument(!code.isBlank() && code.length() <= 64, "a question code has 1 to 64 characters: '%s'", code);
        requireArgument(scaleMin < scaleMax,
                "question %s: a scale needs at least 2 points: scale=%d..%d", code, scaleMin, scaleMax);
        requireArgument(top.from() >= scaleMin && top.to() <= scaleMax,
                "question %s: the top box %s lies off the scale %d..%d", code, top, scaleMin, scaleMax);
        requireArgument(bottom.from() >= scaleMin && bottom.to() <= scaleMax,
                "question %s: the bottom box %s lies off the scale %d..%d", code, bottom, scaleMin, scaleMax);
        requireArgument(bottom.to() < top.from(),
                "question %s: the boxes overlap or are upside down: bottom=%s, top=%s", code, bottom, top);
        requireArgument(!touchpoint.isBlank(), "question %s: a touchpoint is required", code);
        texts = Map.copyOf(texts);
        for (var language : labels.values()) {
            for (var point : language.keySet()) {
                requireArgument(point >= scaleMin && point <= scaleMax,
                        "question %s: a label names the answer %d, off the scale %d..%d", code, point, scaleMin,
                        scaleMax);
            }
        }
        labels = Map.copyOf(labels);
    }

    /** {@return the same question with its database id} */
    public Question withId(long newId) {
        return new Question(newId, code, metric, scaleMin, scaleMax, top, bottom, touchpoint, texts, labels);
    }

    /** {@return whether the answer lies on the scale} */
    public boolean onScale(int answer) {
        return answer >= scaleMin && answer <= scaleMax;
    }

    /** {@return the question's wording in the language, or its code when it has none} */
    public String text(String languageTag) {
        return texts.getOrDefault(languageTag, texts.getOrDefault("en", code));
    }
}
