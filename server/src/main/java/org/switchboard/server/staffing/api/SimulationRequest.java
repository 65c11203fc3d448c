package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.staffing.SimulationQuestion;
import org.switchboard.server.staffing.SimulationQuestion.Shape;

/**
 * One interval to simulate. Shares are fractions 0–1, times seconds; distributions are {@code exponential},
 * {@code log-normal}, {@code deterministic} or (patience only) {@code none}.
 *
 * @param contacts fresh contacts offered in the interval, more than 0 (required)
 * @param intervalMinutes interval length in minutes (required)
 * @param ahtSeconds mean handle time (required)
 * @param handleTimeDistribution handle-time distribution (default exponential)
 * @param handleTimeCv CV of a log-normal handle time (default 1)
 * @param agents agents N (required)
 * @param patienceSeconds mean patience; required unless the patience distribution is {@code none}
 * @param patienceDistribution patience distribution (default exponential when a patience is given, else none)
 * @param patienceCv CV of a log-normal patience (default 1)
 * @param redialAfterAbandonment probability that an abandoning caller redials, 0 to 0.8 (default 0)
 * @param redialAfterBlocking probability that a blocked caller redials, 0 to 0.8 (default 0)
 * @param redialDelaySeconds mean redial delay (default 60)
 * @param lines lines, at least agents (default unlimited)
 * @param serviceLevelSeconds threshold T (default 20)
 * @param replications 5 to 50 (default 20)
 * @param callsPerReplication calls measured per replication, 1000 or more (default 20 000); replications × calls at
 *     most 2 000 000
 * @param seed seed of the random numbers (default: drawn, and returned)
 */
@Schema(description = "One interval to simulate, with its distributions, redials, lines and run length")
public record SimulationRequest(
        @Schema(example = "100") @Nullable Double contacts,
        @Schema(example = "30") @Nullable Integer intervalMinutes,
        @Schema(example = "180") @Nullable Double ahtSeconds,
        @Schema(example = "log-normal", allowableValues = {"exponential", "log-normal", "deterministic"})
        @Nullable String handleTimeDistribution,
        @Schema(example = "1.5") @Nullable Double handleTimeCv,
        @Schema(example = "13") @Nullable Integer agents,
        @Schema(example = "120") @Nullable Double patienceSeconds,
        @Schema(example = "exponential", allowableValues = {"exponential", "log-normal", "deterministic", "none"})
        @Nullable String patienceDistribution,
        @Nullable Double patienceCv,
        @Schema(example = "0.3") @Nullable Double redialAfterAbandonment,
        @Nullable Double redialAfterBlocking,
        @Schema(example = "120") @Nullable Double redialDelaySeconds,
        @Nullable Integer lines,
        @Schema(example = "20") @Nullable Double serviceLevelSeconds,
        @Schema(example = "20") @Nullable Integer replications,
        @Schema(example = "20000") @Nullable Integer callsPerReplication,
        @Schema(example = "42") @Nullable Long seed) {

    /** Replications when none are given. */
    static final int DEFAULT_REPLICATIONS = 20;

    /** Calls per replication when none are given. */
    static final int DEFAULT_CALLS = 20_000;

    /** Mean redial delay when none is given, seconds. */
    static final double DEFAULT_REDIAL_DELAY = 60;

    /**
     * {@return the question these fields ask}
     *
     * @param drawnSeed the seed to use when none is given
     * @throws IllegalArgumentException naming the field when one is missing or breaks its rule
     */
    SimulationQuestion toQuestion(long drawnSeed) {
        var handleTime = shape(handleTimeDistribution, "handleTimeDistribution", Shape.EXPONENTIAL);
        if (handleTime == Shape.NONE) {
            throw new IllegalArgumentException(
                    "handleTimeDistribution must be exponential, log-normal or deterministic: none");
        }
        var patience = shape(patienceDistribution, "patienceDistribution", patienceSeconds == null ? Shape.NONE
                : Shape.EXPONENTIAL);
        if (patience != Shape.NONE && patienceSeconds == null) {
            throw new IllegalArgumentException("patienceSeconds is required unless patienceDistribution is none");
        }
        return new SimulationQuestion(
                IntervalFields.required(contacts, "contacts"),
                IntervalFields.required(intervalMinutes, "intervalMinutes"),
                IntervalFields.required(ahtSeconds, "ahtSeconds"),
                handleTime,
                orDefault(handleTimeCv, 1),
                IntervalFields.required(agents, "agents"),
                orDefault(patienceSeconds, 0),
                patience,
                orDefault(patienceCv, 1),
                orDefault(redialAfterAbandonment, 0),
                orDefault(redialAfterBlocking, 0),
                orDefault(redialDelaySeconds, DEFAULT_REDIAL_DELAY),
                lines == null ? OptionalInt.empty() : OptionalInt.of(lines),
                orDefault(serviceLevelSeconds, 20),
                replications == null ? DEFAULT_REPLICATIONS : replications,
                callsPerReplication == null ? DEFAULT_CALLS : callsPerReplication,
                seed == null ? drawnSeed : seed);
    }

    private static Shape shape(@Nullable String slug, String field, Shape fallback) {
        if (slug == null) {
            return fallback;
        }
        return Shape.fromSlug(slug)
                .orElseThrow(() -> new IllegalArgumentException(
                        field + " must be exponential, log-normal, deterministic or none: " + slug));
    }

    private static double orDefault(@Nullable Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
