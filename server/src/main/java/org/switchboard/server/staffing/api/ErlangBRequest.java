package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Lines, IVR ports or bot licences: the traffic, either in Erlangs or as calls per hour times holding time, and either
 * a blocking target to solve for or a number of lines to evaluate.
 *
 * @param trafficErlangs offered traffic in Erlangs; takes precedence over calls and holding time
 * @param callsPerHour calls (sessions) per hour
 * @param holdingSeconds mean holding time in seconds
 * @param targetBlocking largest acceptable blocking in (0, 1) (default 0.01)
 * @param servers a number of lines to evaluate instead of solving
 */
@Schema(description = "Erlang B: traffic and a blocking target, or a number of lines to evaluate")
public record ErlangBRequest(
        @Schema(example = "18") @Nullable Double trafficErlangs,
        @Nullable Double callsPerHour,
        @Nullable Double holdingSeconds,
        @Schema(example = "0.01") @Nullable Double targetBlocking,
        @Nullable Integer servers) {

    /** Blocking target when none is given: 1 %. */
    static final double DEFAULT_TARGET = 0.01;

    /**
     * {@return the offered traffic in Erlangs}
     *
     * @throws IllegalArgumentException naming the fields when the traffic is missing
     */
    double erlangs() {
        if (trafficErlangs != null) {
            return trafficErlangs;
        }
        if (callsPerHour == null || holdingSeconds == null) {
            throw new IllegalArgumentException(
                    "trafficErlangs, or callsPerHour and holdingSeconds, are required");
        }
        if (!(holdingSeconds > 0)) {
            throw new IllegalArgumentException("holdingSeconds must be more than 0: " + holdingSeconds);
        }
        return callsPerHour * holdingSeconds / 3600;
    }

    double target() {
        return targetBlocking == null ? DEFAULT_TARGET : targetBlocking;
    }
}
