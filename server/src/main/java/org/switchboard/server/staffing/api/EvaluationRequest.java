package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One interval and a number of agents (or lines) to evaluate. The other fields mean what they mean in
 * {@link RequirementRequest}; the targets only decide {@code meetsTargets}.
 *
 * @param agents agents (Erlang C, A) or lines (Erlang B), 1 or more
 * @param model {@code erlang-c}, {@code erlang-a} or {@code erlang-b}
 * @param contacts contacts offered in the interval
 * @param intervalMinutes interval length in minutes
 * @param ahtSeconds average handle time
 * @param serviceLevelTarget service-level target
 * @param serviceLevelSeconds service-level threshold T
 * @param maxAsaSeconds ASA target
 * @param maxAbandonRate maximum abandonment
 * @param maxOccupancy maximum occupancy
 * @param patienceSeconds mean patience, required for Erlang A
 * @param shrinkage shrinkage for the FTE
 * @param chatConcurrency chat sessions per agent
 * @param handleTimeGrowth growth of a chat's handle time per extra session
 * @param blockingTarget blocking target of Erlang B
 */
@Schema(description = "One interval and a number of agents (or lines) to evaluate")
public record EvaluationRequest(
        @Schema(example = "14") @Nullable Integer agents,
        @Schema(example = "erlang-c", allowableValues = {"erlang-b", "erlang-c", "erlang-a"}) @Nullable String model,
        @Schema(example = "100") @Nullable Double contacts,
        @Schema(example = "30") @Nullable Integer intervalMinutes,
        @Schema(example = "180") @Nullable Double ahtSeconds,
        @Schema(example = "0.8") @Nullable Double serviceLevelTarget,
        @Schema(example = "20") @Nullable Double serviceLevelSeconds,
        @Nullable Double maxAsaSeconds,
        @Nullable Double maxAbandonRate,
        @Nullable Double maxOccupancy,
        @Nullable Double patienceSeconds,
        @Nullable Double shrinkage,
        @Nullable Integer chatConcurrency,
        @Nullable Double handleTimeGrowth,
        @Nullable Double blockingTarget)
        implements IntervalFields {}
