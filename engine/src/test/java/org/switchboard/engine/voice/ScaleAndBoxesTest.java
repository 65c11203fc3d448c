package org.switchboard.engine.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scales, boxes and the default boxes per question kind (metrics.md §4). */
class ScaleAndBoxesTest {

    @ParameterizedTest(name = "{0} on {1}: top {2}, bottom {3}")
    @CsvSource({
        // Native scales of §4.
        "CSAT, 1-5,  4..5,  1..1",
        "NPS,  0-10, 9..10, 0..6",
        "ENPS, 0-10, 9..10, 0..6",
        "CES,  1-7,  5..7,  1..3",
        // Converted (A, B of §4): CSAT 4 on 1-5 is 7.75 on 1-10 and 7.5 on 0-10 -> top from 8 (as in the §4 example).
        "CSAT, 1-10, 8..10, 1..1",
        "CSAT, 0-10, 8..10, 0..0",
        // CSAT 4 on 1-5 is 5.5 on 1-7 -> 6..7; NPS 9 on 0-10 is 4.6 on 1-5 -> 5, 6 on 0-10 is 3.4 -> ..3.
        "CSAT, 1-7,  6..7,  1..1",
        "NPS,  1-5,  5..5,  1..3",
        // A two-point scale still gets two disjoint boxes.
        "CSAT, 0-1,  1..1,  0..0"
    })
    void defaultBoxesFollowTheNativeThresholds(QuestionKind kind, String scale, String top, String bottom) {
        var parsed = Scale.parse(scale);
        var boxes = kind.defaultBoxes(parsed);

        assertThat(boxes.top()).hasToString(top);
        assertThat(boxes.bottom()).hasToString(bottom);
    }

    @Test
    void parsesScalesAndBoxes() {
        var scale = Scale.parse("1-5");

        assertThat(scale).isEqualTo(new Scale(1, 5));
        assertThat(scale.points()).isEqualTo(5);
        assertThat(Scale.parse("-3..3")).isEqualTo(new Scale(-3, 3));
        assertThat(Box.parse("4..", scale)).isEqualTo(new Box(4, 5));
        assertThat(Box.parse("..2", scale)).isEqualTo(new Box(1, 2));
        assertThat(Box.parse("2..3", scale)).isEqualTo(new Box(2, 3));
        assertThat(Box.parse("1", scale)).isEqualTo(new Box(1, 1));
    }

    @Test
    void rejectsAScaleWithFewerThanTwoPoints() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Scale.parse("5-5"))
                .withMessage("a scale needs at least 2 points: min=5, max=5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Scale.parse("one to five"))
                .withMessage("a scale is written MIN-MAX, e.g. 1-5 or 0-10: scale=one to five");
    }

    @Test
    void rejectsOverlappingBoxes() {
        var scale = new Scale(1, 5);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Boxes(scale, new Box(3, 5), new Box(1, 3)))
                .withMessage("the top box 3..5 and the bottom box 1..3 overlap on the scale 1-5: an answer cannot be"
                        + " both");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Boxes(scale, new Box(1, 1), new Box(4, 5)))
                .withMessage("the top box 1..1 must lie above the bottom box 4..5 on the scale 1-5");
    }

    @Test
    void rejectsABoxOffTheScale() {
        var scale = new Scale(1, 5);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Box.parse("4..6", scale))
                .withMessage("the box 4..6 leaves the scale 1-5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Box.parse("..", scale))
                .withMessage("a box is written K.., ..K, J..K or K, e.g. 4.. or ..1: box=..");
    }
}
