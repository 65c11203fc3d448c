package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.regex.Pattern;

/**
 * A contiguous range of answers [from, to] on a scale that counts as one outcome: the top box (satisfied,
 * promoters, agreement) or the bottom box (dissatisfied, detractors). metrics.md §4.
 *
 * @param from the lowest answer in the box
 * @param to the highest answer in the box, at least {@code from}
 */
public record Box(int from, int to) {

    private static final Pattern TEXT =
            Pattern.compile("\\s*(-?\\d{1,9})?\\s*\\.\\.\\s*(-?\\d{1,9})?\\s*|\\s*(-?\\d{1,9})\\s*");

    /**
     * Validates the box.
     *
     * @throws IllegalArgumentException if {@code to < from}
     */
    public Box {
        requireArgument(from <= to, "a box runs from a lower to a higher answer: from=%d, to=%d", from, to);
    }

    /**
     * Reads a box on a scale: {@code K..} (K up to the top of the scale), {@code ..K} (the bottom of the scale up to
     * K), {@code J..K}, or a single answer {@code K}.
     *
     * @param text the box as typed
     * @param scale the scale the box lies on
     * @return the box
     * @throws IllegalArgumentException if the text is not of that form, or the box is empty or leaves the scale
     */
    public static Box parse(String text, Scale scale) {
        var matcher = TEXT.matcher(text);
        requireArgument(
                matcher.matches() && !text.strip().equals(".."),
                "a box is written K.., ..K, J..K or K, e.g. 4.. or ..1: box=%s",
                text);
        Box box;
        if (matcher.group(3) != null) {
            int answer = Integer.parseInt(matcher.group(3));
            box = new Box(answer, answer);
        } else {
            var from = matcher.group(1);
            var to = matcher.group(2);
            box = new Box(
                    from == null ? scale.min() : Integer.parseInt(from),
                    to == null ? scale.max() : Integer.parseInt(to));
        }
        box.requireOn(scale);
        return box;
    }

    /**
     * {@return the top {@code width} points of a scale}
     *
     * @param scale the scale
     * @param width how many points, 1 to the number of points of the scale
     * @throws IllegalArgumentException if the width is not in that range
     */
    public static Box top(Scale scale, int width) {
        requireArgument(
                width >= 1 && width <= scale.points(), "box width must be 1..%d: width=%d", scale.points(), width);
        return new Box(scale.max() - width + 1, scale.max());
    }

    /**
     * {@return the bottom {@code width} points of a scale}
     *
     * @param scale the scale
     * @param width how many points, 1 to the number of points of the scale
     * @throws IllegalArgumentException if the width is not in that range
     */
    public static Box bottom(Scale scale, int width) {
        requireArgument(
                width >= 1 && width <= scale.points(), "box width must be 1..%d: width=%d", scale.points(), width);
        return new Box(scale.min(), scale.min() + width - 1);
    }

    /**
     * {@return whether an answer is in the box}
     *
     * @param answer the answer
     */
    public boolean contains(int answer) {
        return answer >= from && answer <= to;
    }

    /**
     * {@return whether this box and another share an answer}
     *
     * @param other the other box
     */
    public boolean overlaps(Box other) {
        return from <= other.to && other.from <= to;
    }

    /**
     * Checks that the box lies on a scale.
     *
     * @param scale the scale
     * @throws IllegalArgumentException if an end of the box is off the scale
     */
    public void requireOn(Scale scale) {
        requireArgument(
                scale.contains(from) && scale.contains(to),
                "the box %s leaves the scale %s",
                this,
                scale);
    }

    /** {@return the box written FROM..TO} */
    @Override
    public String toString() {
        return from + ".." + to;
    }
}
