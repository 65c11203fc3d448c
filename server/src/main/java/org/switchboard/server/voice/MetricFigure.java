package org.switchboard.server.voice;

import java.util.Optional;
import org.switchboard.engine.voice.DataStatus;
import org.switchboard.engine.voice.MetricEstimate;
import org.switchboard.engine.voice.NetScore;

/**
 * One metric of one question over a set of answers, as the engine computed it ({@code VoiceMetrics}), with whether it
 * rests on enough answers for the centre's precision target.
 *
 * @param metric which metric
 * @param estimate the value with its interval; empty when there is no answer
 * @param netScore the composition, for NPS and eNPS only
 * @param status whether n reaches the sample size of the precision target ("insufficient data" when not)
 */
public record MetricFigure(
        VoiceMetric metric, Optional<MetricEstimate> estimate, Optional<NetScore> netScore, DataStatus status) {

    /** {@return the number of answers the figure rests on} */
    public long n() {
        return estimate.map(MetricEstimate::n).orElse(0L);
    }
}
