package org.switchboard.server.staffing;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * What the capacity of a new centre is computed from: the peak interval and the planning factors (see
 * {@link CapacityPlan} for the formulas).
 *
 * @param peak the peak interval with its service-level target (Erlang C)
 * @param peakAgents agents at the peak when known; empty: computed from {@code peak}
 * @param seatSharing people per seat, 1 or more
 * @param wrapUpSeconds part of the AHT after the call, which holds no line; 0 or more and less than the AHT
 * @param ivrSeconds seconds a call spends in the IVR before the queue, 0 or more
 * @param blockingTarget largest acceptable blocking of lines and IVR ports, in (0, 1)
 */
public record CapacityQuestion(
        IntervalQuestion peak,
        OptionalInt peakAgents,
        double seatSharing,
        double wrapUpSeconds,
        double ivrSeconds,
        double blockingTarget) {

    /** Validates the planning factors. */
    public CapacityQuestion {
        require(peak.model() == StaffingModel.ERLANG_C, "the peak interval is staffed with Erlang C: %s", peak.model());
        peakAgents.ifPresent(n -> require(
                n >= 1 && n <= StaffingCalculator.MAX_AGENTS, "peak agents must be between 1 and 100000: %s", n));
        require(Double.isFinite(seatSharing) && seatSharing >= 1, "seat sharing must be 1 or more: %s", seatSharing);
        require(
                Double.isFinite(wrapUpSeconds) && wrapUpSeconds >= 0 && wrapUpSeconds < peak.ahtSeconds(),
                "wrap-up must be 0 seconds or more and less than the AHT: %s",
                wrapUpSeconds);
        require(Double.isFinite(ivrSeconds) && ivrSeconds >= 0, "IVR time must be 0 seconds or more: %s", ivrSeconds);
        require(
                Double.isFinite(blockingTarget) && blockingTarget > 0 && blockingTarget < 1,
                "blocking target must be more than 0 and less than 1: %s",
                blockingTarget);
    }

    private static void require(boolean rule, String template, Object value) {
        if (!rule) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, value));
        }
    }
}
