package org.switchboard.server.forecast.versions;

import java.util.List;

/**
 * A forecast to be stored as a new draft version.
 *
 * @param request what was asked for
 * @param method the method that made the figures
 * @param fallbackReason why it differs from the requested method; empty when it does not
 * @param parameters the method's parameters as {@code name=value} pairs joined by {@code ;}
 * @param scores the back-test score of every method tried
 * @param intervals the forecast intervals, in time order
 * @param history the tail of the history shown with the forecast, in time order
 */
public record VersionDraft(
        VersionRequest request,
        String method,
        String fallbackReason,
        String parameters,
        List<MethodScore> scores,
        List<VersionInterval> intervals,
        List<HistoryPoint> history) {

    /** Copies the lists. */
    public VersionDraft {
        scores = List.copyOf(scores);
        intervals = List.copyOf(intervals);
        history = List.copyOf(history);
    }
}
