package org.switchboard.server.staffing.bulk;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What a planner enters with a forecast file. Percentages as the page shows them (80 for 80 %), times in seconds; an
 * empty target is no target. Absent fields arrive as {@code null} and are reported next to their field.
 *
 * @param name name of the requirement set; empty for the file name
 * @param model Erlang C or Erlang A
 * @param intervalMinutes interval length of the forecast: 15, 30 or 60
 * @param serviceLevelPercent target share answered within the threshold, in (0, 100]; empty for none
 * @param serviceLevelSeconds the service-level threshold T, at least 0
 * @param maxAsaSeconds highest acceptable average speed of answer, above 0; empty for none
 * @param maxAbandonPercent highest acceptable abandonment, in (0, 100]; empty for none
 * @param maxOccupancyPercent highest acceptable occupancy, in (0, 100]; empty for none
 * @param patienceSeconds mean patience, above 0; required for Erlang A
 * @param shrinkagePercent share of paid time not on contacts, in [0, 100)
 */
public record BulkUploadForm(
        @Size(max = 200, message = "{staffing.bulk.error.name}") @Nullable String name,
        @NotNull(message = "{staffing.bulk.error.model}") @Nullable QueueModelChoice model,
        @NotNull(message = "{staffing.bulk.error.interval}") @Nullable Integer intervalMinutes,
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.bulk.error.percent}")
        @DecimalMax(value = "100", message = "{staffing.bulk.error.percent}")
        @Nullable Double serviceLevelPercent,
        @NotNull(message = "{staffing.bulk.error.threshold}")
        @Min(value = 0, message = "{staffing.bulk.error.threshold}")
        @Nullable Integer serviceLevelSeconds,
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.bulk.error.positive}")
        @Nullable Double maxAsaSeconds,
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.bulk.error.percent}")
        @DecimalMax(value = "100", message = "{staffing.bulk.error.percent}")
        @Nullable Double maxAbandonPercent,
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.bulk.error.percent}")
        @DecimalMax(value = "100", message = "{staffing.bulk.error.percent}")
        @Nullable Double maxOccupancyPercent,
        @DecimalMin(value = "0", inclusive = false, message = "{staffing.bulk.error.positive}")
        @Nullable Double patienceSeconds,
        @NotNull(message = "{staffing.bulk.error.shrinkage}")
        @DecimalMin(value = "0", message = "{staffing.bulk.error.shrinkage}")
        @DecimalMax(value = "100", inclusive = false, message = "{staffing.bulk.error.shrinkage}")
        @Nullable Double shrinkagePercent) {

    /** Interval lengths offered. */
    public static final List<Integer> INTERVALS = List.of(15, 30, 60);

    /** {@return the form as first shown: Erlang C, 15 minutes, 80 % in 20 s, 30 % shrinkage} */
    static BulkUploadForm initial() {
        return new BulkUploadForm("", QueueModelChoice.ERLANG_C, 15, 80.0, 20, null, null, null, 120.0, 30.0);
    }

    /** {@return whether the interval length is one of {@link #INTERVALS}} */
    @AssertTrue(message = "{staffing.bulk.error.interval}")
    public boolean isIntervalOffered() {
        return intervalMinutes == null || INTERVALS.contains(intervalMinutes);
    }

    /** {@return whether Erlang A has its patience} */
    @AssertTrue(message = "{staffing.bulk.error.patience}")
    public boolean isPatienceGivenForErlangA() {
        return model != QueueModelChoice.ERLANG_A || patienceSeconds != null;
    }

    /**
     * {@return the engine parameters}
     *
     * @throws IllegalStateException if the form has not been validated
     */
    StaffingParameters parameters() {
        if (model == null || intervalMinutes == null || serviceLevelSeconds == null || shrinkagePercent == null) {
            throw new IllegalStateException("the form must be valid before it is used");
        }
        return new StaffingParameters(
                model,
                intervalMinutes,
                share(serviceLevelPercent),
                serviceLevelSeconds,
                maxAsaSeconds == null ? OptionalDouble.empty() : OptionalDouble.of(maxAsaSeconds),
                share(maxAbandonPercent),
                share(maxOccupancyPercent),
                patienceSeconds == null ? OptionalDouble.empty() : OptionalDouble.of(patienceSeconds),
                shrinkagePercent / 100);
    }

    private static OptionalDouble share(@Nullable Double percent) {
        return percent == null ? OptionalDouble.empty() : OptionalDouble.of(percent / 100);
    }
}
