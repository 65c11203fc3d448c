package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Instant;

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
     * @throws IllegalArgumentException if the scale is empty or the value lies outside it
     */
    public SurveyAnswer {
        requireArgument(scaleMin < scaleMax, "scale min must be below max: min=%d, max=%d", scaleMin, scaleMax);
        requireArgument(
                value >= scaleMin && value <= scaleMax,
                "answer outside the scale: response=%s, metric=%s, value=%d, scale=%d..%d",
                responseId,
                metric,
                value,
                scaleMin,
                scaleMax);
    }
}
