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
import org.jspecify.annotations.Nullable;
import org.switchboard.server.staffing.IntervalQuestion;
import org.switchboard.server.staffing.StaffingModel;

/**
 * The calculator's inputs as the page shows them: shares in percent, times in seconds. Empty optional targets mean
 * "no target"; every message names its field.
 *
 * @param model Erlang C or Erlang A
 * @param contacts contacts offered in the interval
 * @param intervalMinutes interval length: 15, 30 or 60 minutes
 * @param ahtSeconds average handle time
 * @param serviceLevelPercent service-level target in percent, empty for none
 * @param serviceLevelSeconds service-level threshold T
 * @param asaSeconds ASA target, empty for none
 * @param maxAbandonPercent maximum abandonment in percent, empty for none
 * @param maxOccupancyPercent maximum occupancy in percent, empty for none
 * @param patienceSeconds average patience (Erlang A)
 * @param shrinkagePercent shrinkage in percent, empty for 0
 * @param chatConcurrency chat sessions per agent, empty for 1
 * @param handleTimeGrowthPercent handle-time growth per extra session in percent, empty for 0
 */
public record CalculatorForm(
        @NotNull(message = "{staffing.error.model}") @Nullable StaffingModel model,
        @NotNull(message = "{staffing.error.contacts}") @PositiveOrZero(message = "{staffing.error.contacts}")
        @Nullable Double contacts,
        @NotNull(message = "{staffing.error.interval}") @Min(value = 1, message = "{staffing.error.interval}")
        @Max(value = 1440, message = "{staffing.error.interval}") @Nullable Integer intervalMinutes,
        @NotNull(message = "{staffing.error.aht}") @Positive(message = "{staffing.error.aht}") @Nullable Double ahtSeconds,
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.error.service-level}")
        @DecimalMax(value = "100", message = "{staffing.error.service-level}") @Nullable Double serviceLevelPercent,
        @NotNull(message = "{staffing.error.service-level-seconds}")
        @PositiveOrZero(message = "{staffing.error.service-level-seconds}") @Nullable Double serviceLevelSeconds,
        @Positive(message = "{staffing.error.asa}") @Nullable Double asaSeconds,
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.error.abandon}")
        @DecimalMax(value = "100", message = "{staffing.error.abandon}") @Nullable Double maxAbandonPercent,
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.error.occupancy}")
        @DecimalMax(value = "100", message = "{staffing.error.occupancy}") @Nullable Double maxOccupancyPercent,
        @Positive(message = "{staffing.error.patience}") @Nullable Double patienceSeconds,
        @PositiveOrZero(message = "{staffing.error.shrinkage}")
        @DecimalMax(value = "100", inclusive = false, message = "{staffing.error.shrinkage}") @Nullable Double shrinkagePercent,
        @Min(value = 1, message = "{staffing.error.concurrency}") @Nullable Integer chatConcurrency,
        @PositiveOrZero(message = "{staffing.error.growth}") @Nullable Double handleTimeGrowthPercent) {

    /** {@return the example the page opens with: 100 calls per 30 minutes, AHT 180 s, 80 % in 20 s, 30 % shrinkage} */
    static CalculatorForm example() {
        return new CalculatorForm(
                StaffingModel.ERLANG_C, 100.0, 30, 180.0, 80.0, 20.0, null, null, 90.0, 120.0, 30.0, 1, 0.0);
    }

    /** {@return whether Erlang A is chosen without a patience, which it needs} */
    boolean lacksPatience() {
        return model == StaffingModel.ERLANG_A && patienceSeconds == null;
    }

    /** {@return whether the model is one the calculator offers (Erlang B has its own page)} */
    boolean hasQueueModel() {
        return model != StaffingModel.ERLANG_B;
    }

    /**
     * {@return the question for the engine} Call only when the form has no errors.
     *
     * @throws IllegalArgumentException if a rule of {@link IntervalQuestion} is broken
     */
    IntervalQuestion toQuestion() {
        return new IntervalQuestion(
                Objects.requireNonNull(model),
                Objects.requireNonNull(contacts),
                Objects.requireNonNull(intervalMinutes),
                Objects.requireNonNull(ahtSeconds),
                share(serviceLevelPercent),
                Objects.requireNonNull(serviceLevelSeconds),
                optional(asaSeconds),
                share(maxAbandonPercent),
                share(maxOccupancyPercent),
                optional(patienceSeconds),
                shrinkagePercent == null ? 0 : shrinkagePercent / 100,
                chatConcurrency == null ? 1 : chatConcurrency,
                handleTimeGrowthPercent == null ? 0 : handleTimeGrowthPercent / 100,
                IntervalQuestion.DEFAULT_BLOCKING_TARGET);
    }

    static OptionalDouble share(@Nullable Double percent) {
        return percent == null ? OptionalDouble.empty() : OptionalDouble.of(percent / 100);
    }

    static OptionalDouble optional(@Nullable Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
