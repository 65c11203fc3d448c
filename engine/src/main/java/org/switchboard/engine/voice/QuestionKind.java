package org.switchboard.engine.voice;

/**
 * What a survey question measures, which metrics it feeds and its boxes by default (metrics.md §4 and §6).
 *
 * <p>On its native scale each kind has the boxes of §4. On any other scale the default boxes are the native
 * thresholds carried over by the {@link LinearConversion} of §4 with strict counting: the top box starts at the first
 * answer at or above the mapped top threshold, the bottom box ends at the last answer at or below the mapped bottom
 * threshold. So CSAT on 1–10 is 8–10 (4 on 1–5 maps to 7.75) with CDSAT 1, and on 0–10 it is 8–10 with CDSAT 0. These
 * converted boxes never overlap (⌊s_bottom⌋ ≤ s_bottom &lt; s_top ≤ ⌈s_top⌉). A survey may set other boxes.
 */
public enum QuestionKind {

    /** Satisfaction with the contact; feeds CSAT (top box, 4–5 on 1–5) and CDSAT (bottom box, 1 on 1–5). */
    CSAT(new Scale(1, 5), 4, 1),
    /** Likelihood to recommend (0–10): promoters 9–10, detractors 0–6; NPS = % promoters − % detractors. */
    NPS(new Scale(0, 10), 9, 6),
    /**
     * "It was easy to resolve my issue", 1 (strongly disagree) … 7 (strongly agree): CES = share of 5–7. The bottom
     * box 1–3 (disagreement) mirrors it; §4 defines none, it is shown as a secondary figure.
     */
    CES(new Scale(1, 7), 5, 3),
    /** NPS asked of employees about the employer (§6), with the NPS boxes. */
    ENPS(new Scale(0, 10), 9, 6),
    /** Any other item (e.g. "the agent knew the answer"), boxed like CSAT by default. */
    CUSTOM(new Scale(1, 5), 4, 1);

    private final Scale nativeScale;
    private final int topFrom;
    private final int bottomTo;

    QuestionKind(Scale nativeScale, int topFrom, int bottomTo) {
        this.nativeScale = nativeScale;
        this.topFrom = topFrom;
        this.bottomTo = bottomTo;
    }

    /** {@return the scale §4 defines this kind on} */
    public Scale nativeScale() {
        return nativeScale;
    }

    /**
     * {@return the default top and bottom boxes on a scale, see the class description}
     *
     * @param scale the scale the question is asked on
     */
    public Boxes defaultBoxes(Scale scale) {
        var conversion = new LinearConversion(scale, nativeScale);
        return new Boxes(
                scale,
                new Box(conversion.sourceCeiling(topFrom), scale.max()),
                new Box(scale.min(), conversion.sourceFloor(bottomTo)));
    }
}
