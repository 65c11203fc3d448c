package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One interval to solve: the smallest number of agents (Erlang C, A) or lines (Erlang B) meeting every target given.
 * Shares are fractions 0–1, times are seconds; absent targets are not used.
 *
 * @param model {@code erlang-c}, {@code erlang-a} or {@code erlang-b}
 * @param contacts contacts offered in the interval, 0 or more
 * @param intervalMinutes interval length in minutes
 * @param ahtSeconds average handle time, more than 0
 * @param serviceLevelTarget service-level target in (0, 1]
 * @param serviceLevelSeconds service-level threshold T, 0 or more (default 20)
 * @param maxAsaSeconds ASA target, more than 0
 * @param maxAbandonRate maximum abandonment in (0, 1]
 * @param maxOccupancy maximum occupancy in (0, 1]
 * @param patienceSeconds mean patience, required for Erlang A
 * @param shrinkage shrinkage in [0, 1) for the FTE (default 0)
 * @param chatConcurrency chat sessions per agent, 1 or more (default 1)
 * @param handleTimeGrowth growth of a chat's handle time per extra session, 0 or more (default 0)
 * @param blockingTarget blocking target of Erlang B in (0, 1) (default 0.01)
 */
@Schema(description = "One interval to solve for the required agents (or lines, Erlang B)")
public record RequirementRequest(
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
        @Schema(example = "0.3") @Nullable Double shrinkage,
        @Nullable Integer chatConcurrency,
        @Nullable Double handleTimeGrowth,
        @Nullable Double blockingTarget)
        implements IntervalFields {}
