package org.switchboard.engine.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The top and the bottom box of a question on its scale: CSAT is the share of the top box and CDSAT the share of the
 * bottom box, always reported separately; for NPS and eNPS they are the promoters and the detractors; for CES the top
 * box is agreement (metrics.md §4). The boxes must not overlap and the top box must lie above the bottom box.
 *
 * @param scale the scale of the answers
 * @param top the top box (satisfied, promoters, agreement)
 * @param bottom the bottom box (dissatisfied, detractors, disagreement)
 */
public record Boxes(Scale scale, Box top, Box bottom) {

    /**
     * Validates the boxes.
     *
     * @throws IllegalArgumentException if a box leaves the scale, the boxes overlap, or the top box lies below the
     *     bottom box
     */
    public Boxes {
        top.requireOn(scale);
        bottom.requireOn(scale);
        requireArgument(
                !top.overlaps(bottom),
                "the top box %s and the bottom box %s overlap on the scale %s: an answer cannot be both",
                top,
                bottom,
                scale);
        requireArgument(
                top.from() > bottom.to(),
                "the top box %s must lie above the bottom box %s on the scale %s",
                top,
                bottom,
                scale);
    }

    /**
     * {@return the boxes of a question kind on a scale, {@link QuestionKind#defaultBoxes}}
     *
     * @param kind what the question measures
     * @param scale the scale it is asked on
     */
    public static Boxes defaultsFor(QuestionKind kind, Scale scale) {
        return kind.defaultBoxes(scale);
    }

    /**
     * {@return these boxes with another top box}
     *
     * @param newTop the top box
     * @throws IllegalArgumentException as the constructor
     */
    public Boxes withTop(Box newTop) {
        return new Boxes(scale, newTop, bottom);
    }

    /**
     * {@return these boxes with another bottom box}
     *
     * @param newBottom the bottom box
     * @throws IllegalArgumentException as the constructor
     */
    public Boxes withBottom(Box newBottom) {
        return new Boxes(scale, top, newBottom);
    }
}
