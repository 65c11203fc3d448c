package org.switchboard.engine.voice;

/**
 * A change of a metric between two periods, called significant only by a test.
 *
 * @param before the metric in the first period (share 0–1, or NPS points)
 * @param after the metric in the second period
 * @param difference after − before
 * @param lower the lower end of the interval of the difference
 * @param upper the upper end of the interval of the difference
 * @param statistic the test statistic z
 * @param pValue the two-sided p-value of the test
 * @param test the test used
 * @param status the verdict
 */
public record Change(
        double before,
        double after,
        double difference,
        double lower,
        double upper,
        double statistic,
        double pValue,
        ChangeTest test,
        ChangeStatus status) {}
