package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.regex.Pattern;

/**
 * An integer answer scale [min, max] with at least two points, e.g. 1–5 (CSAT), 0–10 (NPS), 1–7 (CES), 1–10. The
 * labels of the points, per language, belong to the survey that uses the scale, not to the engine.
 *
 * @param min the lowest answer
 * @param max the highest answer, above {@code min}
 */
public record Scale(int min, int max) {

    private static final Pattern TEXT = Pattern.compile("\\s*(-?\\d{1,9})\\s*(?:-|\\.\\.|–)\\s*(-?\\d{1,9})\\s*");

    /**
     * Validates the scale.
     *
     * @throws IllegalArgumentException if the scale has fewer than two points ({@code max <= min})
     */
    public Scale {
        requireArgument(min < max, "a scale needs at least 2 points: min=%d, max=%d", min, max);
    }

    /**
     * Reads a scale written {@code MIN-MAX}, {@code MIN..MAX} or {@code MIN–MAX}, e.g. {@code 1-5}, {@code 0..10},
     * {@code -3..3}.
     *
     * @param text the scale as typed
     * @return the scale
     * @throws IllegalArgumentException if the text is not of that form or the scale has fewer than two points
     */
    public static Scale parse(String text) {
        var matcher = TEXT.matcher(text);
        requireArgument(matcher.matches(), "a scale is written MIN-MAX, e.g. 1-5 or 0-10: scale=%s", text);
        return new Scale(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** {@return the number of points, max − min + 1} */
    public int points() {
        return max - min + 1;
    }

    /**
     * {@return whether an answer lies on this scale}
     *
     * @param answer the answer
     */
    public boolean contains(int answer) {
        return answer >= min && answer <= max;
    }

    /**
     * {@return the 0-based position of an answer on the scale (min is 0)}
     *
     * @param answer an answer on the scale
     * @throws IllegalArgumentException if the answer is off the scale
     */
    public int index(int answer) {
        if (!contains(answer)) {
            // Not requireArgument: its varargs would allocate on every answer of a ten-million-answer tally.
            throw new IllegalArgumentException("answer outside the scale %s: answer=%d".formatted(this, answer));
        }
        return answer - min;
    }

    /** {@return the scale written MIN-MAX, as {@link #parse} reads it} */
    @Override
    public String toString() {
        return min + "-" + max;
    }
}
