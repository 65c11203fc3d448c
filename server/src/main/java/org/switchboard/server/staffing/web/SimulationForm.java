package org.switchboard.server.staffing.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.staffing.SimulationQuestion;
import org.switchboard.server.staffing.SimulationQuestion.Shape;

/**
 * The simulation page's inputs: shares in percent, times in seconds. An empty CV is 1, empty redial probabilities are
 * 0, empty lines are unlimited, an empty seed is drawn at random (and shown with the answer). Every message names its
 * field.
 *
 * @param contacts contacts offered in the interval
 * @param intervalMinutes interval length
 * @param ahtSeconds mean handle time
 * @param handleTime handle-time distribution
 * @param handleTimeCv CV of a log-normal handle time
 * @param agents agents N
 * @param patienceSeconds mean patience
 * @param patience patience distribution, NONE for nobody hangs up
 * @param patienceCv CV of a log-normal patience
 * @param redialAbandonPercent probability in percent that an abandoning caller redials
 * @param redialBlockPercent probability in percent that a blocked caller redials
 * @param redialDelaySeconds mean time before a redial
 * @param lines lines (answered plus waiting), empty for unlimited
 * @param serviceLevelSeconds service-level threshold T
 * @param replications independent replications
 * @param callsPerReplication calls measured per replication
 * @param seed seed of the random numbers, empty for a random one
 */
public record SimulationForm(
        @NotNull(message = "{staffing.error.sim-contacts}") @Positive(message = "{staffing.error.sim-contacts}")
        @Nullable Double contacts,
        @NotNull(message = "{staffing.error.interval}") @Min(value = 1, message = "{staffing.error.interval}")
        @Max(value = 1440, message = "{staffing.error.interval}") @Nullable Integer intervalMinutes,
        @NotNull(message = "{staffing.error.aht}") @Positive(message = "{staffing.error.aht}") @Nullable Double ahtSeconds,
        @NotNull(message = "{staffing.error.handle-time-shape}") @Nullable Shape handleTime,
        @PositiveOrZero(message = "{staffing.error.cv}") @DecimalMax(value = "10", message = "{staffing.error.cv}")
        @Nullable Double handleTimeCv,
        @NotNull(message = "{staffing.error.sim-agents}") @Min(value = 1, message = "{staffing.error.sim-agents}")
        @Max(value = SimulationQuestion.MAX_AGENTS, message = "{staffing.error.sim-agents}") @Nullable Integer agents,
        @Positive(message = "{staffing.error.sim-patience}") @Nullable Double patienceSeconds,
        @NotNull(message = "{staffing.error.patience-shape}") @Nullable Shape patience,
        @PositiveOrZero(message = "{staffing.error.cv}") @DecimalMax(value = "10", message = "{staffing.error.cv}")
        @Nullable Double patienceCv,
        @PositiveOrZero(message = "{staffing.error.redial}") @DecimalMax(value = "80", message = "{staffing.error.redial}")
        @Nullable Double redialAbandonPercent,
        @PositiveOrZero(message = "{staffing.error.redial}") @DecimalMax(value = "80", message = "{staffing.error.redial}")
        @Nullable Double redialBlockPercent,
        @NotNull(message = "{staffing.error.redial-delay}") @Positive(message = "{staffing.error.redial-delay}")
        @Nullable Double redialDelaySeconds,
        @Min(value = 1, message = "{staffing.error.lines}") @Nullable Integer lines,
        @NotNull(message = "{staffing.error.service-level-seconds}")
        @PositiveOrZero(message = "{staffing.error.service-level-seconds}") @Nullable Double serviceLevelSeconds,
        @NotNull(message = "{staffing.error.replications}")
        @Min(value = SimulationQuestion.MIN_REPLICATIONS, message = "{staffing.error.replications}")
        @Max(value = SimulationQuestion.MAX_REPLICATIONS, message = "{staffing.error.replications}") @Nullable Integer replications,
        @NotNull(message = "{staffing.error.calls-per-replication}")
        @Min(value = SimulationQuestion.MIN_CALLS_PER_REPLICATION, message = "{staffing.error.calls-per-replication}")
        @Max(value = SimulationQuestion.MAX_CALLS / SimulationQuestion.MIN_REPLICATIONS,
                message = "{staffing.error.calls-per-replication}") @Nullable Integer callsPerReplication,
        @Nullable Long seed) {

    /**
     * {@return the example the page opens with: 100 calls per 30 minutes, log-normal handle times (AHT 180 s, CV 1.5),
     * 13 agents, exponential patience of 120 s, 20 replications of 10 000 calls, seed 42}
     */
    static SimulationForm example() {
        return new SimulationForm(
                100.0, 30, 180.0, Shape.LOG_NORMAL, 1.5, 13, 120.0, Shape.EXPONENTIAL, 1.0, 0.0, 0.0, 120.0, null, 20.0,
                20, 10_000, 42L);
    }

    /** {@return whether callers hang up but no patience is entered} */
    boolean lacksPatience() {
        return patience != null && patience != Shape.NONE && patienceSeconds == null;
    }

    /** {@return whether fewer lines than agents are entered} */
    boolean linesBelowAgents() {
        return lines != null && agents != null && lines < agents;
    }

    /** {@return whether the run is longer than the bound: replications × calls per replication too many} */
    boolean runTooLong() {
        return replications != null
                && callsPerReplication != null
                && (long) replications * callsPerReplication > SimulationQuestion.MAX_CALLS;
    }

    /** {@return whether the handle time is "none", which only patience may be} */
    boolean handleTimeNone() {
        return handleTime == Shape.NONE;
    }

    /**
     * {@return whether the queue would grow without bound: nobody hangs up, unlimited lines, and agents not above the
     * offered load} Call only when the form has no errors.
     */
    boolean unstable() {
        return patience == Shape.NONE
                && lines == null
                && Objects.requireNonNull(contacts) * Objects.requireNonNull(ahtSeconds)
                                / (Objects.requireNonNull(intervalMinutes) * 60.0)
                        >= Objects.requireNonNull(agents);
    }

    /**
     * {@return the question for the engine} Call only when the form has no errors.
     *
     * @param drawnSeed the seed to use when none is entered
     * @throws IllegalArgumentException if a rule of {@link SimulationQuestion} is broken
     */
    SimulationQuestion toQuestion(long drawnSeed) {
        return new SimulationQuestion(
                Objects.requireNonNull(contacts),
                Objects.requireNonNull(intervalMinutes),
                Objects.requireNonNull(ahtSeconds),
                Objects.requireNonNull(handleTime),
                handleTimeCv == null ? 1 : handleTimeCv,
                Objects.requireNonNull(agents),
                patienceSeconds == null ? 0 : patienceSeconds,
                Objects.requireNonNull(patience),
                patienceCv == null ? 1 : patienceCv,
                redialAbandonPercent == null ? 0 : redialAbandonPercent / 100,
                redialBlockPercent == null ? 0 : redialBlockPercent / 100,
                Objects.requireNonNull(redialDelaySeconds),
                lines == null ? OptionalInt.empty() : OptionalInt.of(lines),
                Objects.requireNonNull(serviceLevelSeconds),
                Objects.requireNonNull(replications),
                Objects.requireNonNull(callsPerReplication),
                seed == null ? drawnSeed : seed);
    }
}
