/**
 * Benchmarks of the customer-voice statistics ({@link org.switchboard.bench.voice.SurveyMetricsBenchmark}): metrics
 * with intervals and driver models from answer distributions aggregated per month × queue × team × channel.
 */
package org.switchboard.bench.voice;
