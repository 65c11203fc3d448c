package org.switchboard.server.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.Map;
import org.switchboard.engine.voice.Boxes;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;

/**
 * A survey question: what it measures, its scale with the top and bottom boxes (checked by the engine's
 * {@link Boxes}: at least 2 points, boxes on the scale, not overlapping), and the touchpoint or journey step it
 * measures, worded per language.
 *
 * @param id database id; 0 for a definition not stored yet
 * @param code the question's code within its survey, e.g. {@code csat}
 * @param kind the metric it feeds
 * @param boxes its scale, top box (CSAT, promoters, CES agreement) and bottom box (CDSAT, detractors)
 * @param touchpoint the touchpoint or journey step, e.g. {@code after-contact}
 * @param texts the wording of the question per language tag ({@code en}, {@code ru}, {@code zh-CN})
 * @param labels the labels of scale points per language tag, e.g. {@code en → {1: "Very dissatisfied", …}}
 */
public record Question(
        long id,
        String code,
        QuestionKind kind,
        Boxes boxes,
        String touchpoint,
        Map<String, String> texts,
        Map<String, Map<Integer, String>> labels) {

    /**
     * Validates the question.
     *
     * @throws IllegalArgumentException if the code or touchpoint is blank, or a label names an answer off the scale
     */
    public Question {
        requireArgument(!code.isBlank() && code.length() <= 64, "a question code has 1 to 64 characters: '%s'", code);
        requireArgument(!touchpoint.isBlank() && touchpoint.length() <= 64,
                "question %s: a touchpoint of 1 to 64 characters is required", code);
        texts = Map.copyOf(texts);
        for (var language : labels.values()) {
            for (var point : language.keySet()) {
                requireArgument(boxes.scale().contains(point),
                        "question %s: a label names the answer %d, off the scale %s", code, point, boxes.scale());
            }
        }
        labels = Map.copyOf(labels);
    }

    /** {@return the question's scale} */
    public Scale scale() {
        return boxes.scale();
    }

    /** {@return the same question with its database id} */
    public Question withId(long newId) {
        return new Question(newId, code, kind, boxes, touchpoint, texts, labels);
    }

    /** {@return the question's wording in the language, or in English, or its code} */
    public String text(String languageTag) {
        return texts.getOrDefault(languageTag, texts.getOrDefault("en", code));
    }
}
