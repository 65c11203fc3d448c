package org.switchboard.server.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * An inclusive range of answers on a question's scale, e.g. the top box {4, 5} of a 1–5 CSAT question.
 *
 * @param from the lowest answer in the box
 * @param to the highest answer in the box
 */
public record Box(int from, int to) {

    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException if {@code from > to}
     */
    public Box {
        requireArgument(from <= to, "a box runs from its lowest to its highest answer: from=%d, to=%d", from, to);
    }

    /** {@return whether the answer lies in the box} */
    public boolean contains(int answer) {
        return answer >= from && answer <= to;
    }

    /** {@return the box as written on pages and in files, e.g. {@code 4–5} or {@code 1}} */
    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
