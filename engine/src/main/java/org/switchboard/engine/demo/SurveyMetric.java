package org.switchboard.engine.demo;

import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;

/**
 * The post-contact survey questions of the demo centre, each asked on the native scale of its
 * {@link QuestionKind} (metrics.md §4).
 *
 * <p>CSAT is asked on 1–5 (top box 4–5), NPS on 0–10 (promoters 9–10, detractors 0–6), CES on 1–7 ("It was easy to
 * resolve my issue", agreement 5–7).
 */
public enum SurveyMetric {
    /** Customer satisfaction with the contact, 1 (very dissatisfied) to 5 (very satisfied). */
    CSAT(QuestionKind.CSAT),
    /** Likelihood to recommend, 0 (not at all likely) to 10 (extremely likely). */
    NPS(QuestionKind.NPS),
    /** Customer effort: agreement that the issue was easy to resolve, 1 (strongly disagree) to 7 (strongly agree). */
    CES(QuestionKind.CES);

    private final QuestionKind kind;

    SurveyMetric(QuestionKind kind) {
        this.kind = kind;
    }

    /** {@return what the question measures, with its default boxes} */
    public QuestionKind kind() {
        return kind;
    }

    /** {@return the scale the question is asked on} */
    public Scale scale() {
        return kind.nativeScale();
    }

    /** {@return the lowest answer on this metric's default scale} */
    public int scaleMin() {
        return scale().min();
    }

    /** {@return the highest answer on this metric's default scale} */
    public int scaleMax() {
        return scale().max();
    }
}
