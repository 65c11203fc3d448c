package org.switchboard.engine.demo;

/**
 * The post-contact survey questions of the demo centre and their default scales (metrics.md §4).
 *
 * <p>CSAT is asked on 1–5 (top box 4–5), NPS on 0–10 (promoters 9–10, detractors 0–6), CES on 1–7 ("It was easy to
 * resolve my issue", agreement 5–7).
 */
public enum SurveyMetric {
    /** Customer satisfaction with the contact, 1 (very dissatisfied) to 5 (very satisfied). */
    CSAT(1, 5),
    /** Likelihood to recommend, 0 (not at all likely) to 10 (extremely likely). */
    NPS(0, 10),
    /** Customer effort: agreement that the issue was easy to resolve, 1 (strongly disagree) to 7 (strongly agree). */
    CES(1, 7);

    private final int scaleMin;
    private final int scaleMax;

    SurveyMetric(int scaleMin, int scaleMax) {
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
    }

    /** {@return the lowest answer on this metric's default scale} */
    public int scaleMin() {
        return scaleMin;
    }

    /** {@return the highest answer on this metric's default scale} */
    public int scaleMax() {
        return scaleMax;
    }
}
