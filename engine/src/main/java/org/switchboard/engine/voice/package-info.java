/**
 * Voice of the customer and of the employees (metrics.md §4 and §6): answer scales and their top and bottom boxes,
 * mergeable answer distributions, CSAT and CDSAT (always separately), NPS with promoters, passives and detractors,
 * CES, eNPS, the mean as a secondary figure, confidence intervals (Wilson by default, normal with the
 * finite-population correction), required sample sizes and the comparison of two periods by a test.
 *
 * <p>Every metric is computed from an {@link org.switchboard.engine.voice.AnswerDistribution} (counts per scale
 * point), never from individual answers: distributions per month × queue × … are aggregated once and merged for any
 * filter, so that a metric over ten million responses costs a few additions. Scale conversion and benchmarks live in
 * {@code voice.benchmark}, the driver analysis in {@code voice.drivers}.
 */
@NullMarked
package org.switchboard.engine.voice;

import org.jspecify.annotations.NullMarked;
