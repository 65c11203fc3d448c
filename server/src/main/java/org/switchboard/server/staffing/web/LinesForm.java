package org.switchboard.server.staffing.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The Erlang B page's inputs: the traffic, either in Erlangs or as calls per hour times the holding time, and the
 * blocking target in percent.
 *
 * @param trafficErlangs offered traffic in Erlangs; when given, the calls and holding time are not used
 * @param callsPerHour calls (sessions) offered per hour
 * @param holdingSeconds mean time a call holds a line, port or licence
 * @param blockingPercent largest acceptable share of blocked calls, in percent
 */
public record LinesForm(
        @PositiveOrZero(message = "{staffing.error.traffic}") @Nullable Double trafficErlangs,
        @PositiveOrZero(message = "{staffing.error.calls-per-hour}") @Nullable Double callsPerHour,
        @Positive(message = "{staffing.error.holding}") @Nullable Double holdingSeconds,
        @NotNull(message = "{staffing.error.blocking}")
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.error.blocking}")
        @DecimalMax(value = "100", inclusive = false, message = "{staffing.error.blocking}") @Nullable Double blockingPercent) {

    /** {@return the example the page opens with: 360 calls per hour holding 3 minutes, 1 % blocking} */
    static LinesForm example() {
        return new LinesForm(null, 360.0, 180.0, 1.0);
    }

    /** {@return whether the traffic is given, directly or as calls and holding time} */
    boolean hasTraffic() {
        return trafficErlangs != null || (callsPerHour != null && holdingSeconds != null);
    }

    /** {@return the offered traffic in Erlangs} Call only when {@link #hasTraffic()}. */
    double erlangs() {
        if (trafficErlangs != null) {
            return trafficErlangs;
        }
        if (callsPerHour == null || holdingSeconds == null) {
            throw new IllegalStateException("no traffic entered");
        }
        return callsPerHour * holdingSeconds / 3600;
    }

    /** {@return the blocking target as a share} Call only when the form has no errors. */
    double maxBlocking() {
        if (blockingPercent == null) {
            throw new IllegalStateException("no blocking target entered");
        }
        return blockingPercent / 100;
    }
}
