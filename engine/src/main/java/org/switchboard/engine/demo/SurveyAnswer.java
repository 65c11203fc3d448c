package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;
import org.switchboard.engine.voice.Scale;

/**
 * One answer of a post-contact survey. The answers of one response share its id: CSAT and CES always, NPS in about
 * 40 % of responses.
 *
 * @param responseId the survey response, {@code R000001}, …
 * @param contactId the contact the survey was about
 * @param answeredAt when the customer answered
 * @param metric which question
 * @param scaleMin the lowest possible answer
 * @param scaleMax the highest possible answer
 * @param value the answer, in [scaleMin, scaleMax]
 */
public record SurveyAnswer(
        String responseId,
        String contactId,
        Instant answeredAt,
        SurveyMetric metric,
        int scaleMin,
        int scaleMax,
        int value) {

    /**
     * Validates the answer.
     *
     * @throws IllegalArgumentException if the scale has fewer than 2 points or the value lies outside it
     */
    public SurveyAnswer {
        requireArgument(
                new Scale(scaleMin, scaleMax).contains(value),
                "answer outside the scale: response=%s, metric=%s, value=%d, scale=%d..%d",
                responseId,
                metric,
                value,
                scaleMin,
                scaleMax);
    }

    /** {@return the scale the answer was given on} */
    public Scale scale() {
        return new Scale(scaleMin, scaleMax);
    }
}
