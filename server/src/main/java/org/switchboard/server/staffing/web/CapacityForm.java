package org.switchboard.server.staffing.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.staffing.CapacityQuestion;
import org.switchboard.server.staffing.IntervalQuestion;
import org.switchboard.server.staffing.StaffingModel;

/**
 * The capacity page's inputs: the peak interval (as in the calculator, with Erlang C), or the peak agents directly,
 * and the planning factors of the building and the telephony.
 *
 * @param contacts calls offered in the peak interval
 * @param intervalMinutes interval length
 * @param ahtSeconds average handle time
 * @param serviceLevelPercent service-level target in percent
 * @param serviceLevelSeconds service-level threshold T
 * @param peakAgents agents at the peak, when known; empty: computed
 * @param shrinkagePercent shrinkage in percent
 * @param seatSharing people per seat
 * @param wrapUpSeconds part of the AHT after the call
 * @param ivrSeconds time in the IVR before the queue
 * @param blockingPercent blocking target of lines and IVR ports in percent
 */
public record CapacityForm(
        @NotNull(message = "{staffing.error.contacts}") @PositiveOrZero(message = "{staffing.error.contacts}")
        @Nullable Double contacts,
        @NotNull(message = "{staffing.error.interval}") @Min(value = 1, message = "{staffing.error.interval}")
        @Max(value = 1440, message = "{staffing.error.interval}") @Nullable Integer intervalMinutes,
        @NotNull(message = "{staffing.error.aht}") @Positive(message = "{staffing.error.aht}") @Nullable Double ahtSeconds,
        @NotNull(message = "{staffing.error.service-level}")
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.error.service-level}")
        @DecimalMax(value = "100", message = "{staffing.error.service-level}") @Nullable Double serviceLevelPercent,
        @NotNull(message = "{staffing.error.service-level-seconds}")
        @PositiveOrZero(message = "{staffing.error.service-level-seconds}") @Nullable Double serviceLevelSeconds,
        @Min(value = 1, message = "{staffing.error.peak-agents}") @Max(value = 100_000, message = "{staffing.error.peak-agents}")
        @Nullable Integer peakAgents,
        @NotNull(message = "{staffing.error.shrinkage}") @PositiveOrZero(message = "{staffing.error.shrinkage}")
        @DecimalMax(value = "100", inclusive = false, message = "{staffing.error.shrinkage}") @Nullable Double shrinkagePercent,
        @NotNull(message = "{staffing.error.seat-sharing}") @DecimalMin(value = "1", message = "{staffing.error.seat-sharing}")
        @Nullable Double seatSharing,
        @NotNull(message = "{staffing.error.wrap-up}") @PositiveOrZero(message = "{staffing.error.wrap-up}")
        @Nullable Double wrapUpSeconds,
        @NotNull(message = "{staffing.error.ivr}") @PositiveOrZero(message = "{staffing.error.ivr}") @Nullable Double ivrSeconds,
        @NotNull(message = "{staffing.error.blocking}")
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.error.blocking}")
        @DecimalMax(value = "100", inclusive = false, message = "{staffing.error.blocking}") @Nullable Double blockingPercent) {

    /** {@return the example the page opens with: a peak of 300 calls per 30 minutes} */
    static CapacityForm example() {
        return new CapacityForm(300.0, 30, 240.0, 80.0, 20.0, null, 30.0, 1.2, 30.0, 20.0, 1.0);
    }

    /** {@return whether the wrap-up is at least the AHT, which leaves no talk time} */
    boolean wrapUpExceedsAht() {
        return wrapUpSeconds != null && ahtSeconds != null && wrapUpSeconds >= ahtSeconds;
    }

    /** {@return the question for the engine} Call only when the form has no errors. */
    CapacityQuestion toQuestion() {
        var peak = new IntervalQuestion(
                StaffingModel.ERLANG_C,
                Objects.requireNonNull(contacts),
                Objects.requireNonNull(intervalMinutes),
                Objects.requireNonNull(ahtSeconds),
                CalculatorForm.share(serviceLevelPercent),
                Objects.requireNonNull(serviceLevelSeconds),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                Objects.requireNonNull(shrinkagePercent) / 100,
                1,
                0,
                IntervalQuestion.DEFAULT_BLOCKING_TARGET);
        return new CapacityQuestion(
                peak,
                peakAgents == null ? OptionalInt.empty() : OptionalInt.of(peakAgents),
                Objects.requireNonNull(seatSharing),
                Objects.requireNonNull(wrapUpSeconds),
                Objects.requireNonNull(ivrSeconds),
                Objects.requireNonNull(blockingPercent) / 100);
    }
}
