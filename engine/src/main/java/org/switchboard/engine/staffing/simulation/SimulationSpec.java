package org.switchboard.engine.staffing.simulation;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * A single-skill queue to simulate: Poisson arrivals of fresh customers, {@code agents} identical agents serving in
 * arrival order (FIFO), each attempt either answered, abandoned or — with a finite number of {@code lines} — blocked.
 *
 * @param arrivalsPerSecond fresh (first-attempt) arrivals per second, Poisson, positive
 * @param agents agents, at least 1
 * @param handleTime the handle-time distribution; not {@link TimeDistribution.Infinite}
 * @param patience how long a waiting customer waits before hanging up; {@link TimeDistribution.Infinite} for never
 * @param retrials who redials, and after how long
 * @param lines the number of lines (customers in service plus waiting), at least {@code agents}; empty for unlimited
 * @param serviceLevelThreshold T in SL(T), not negative
 * @param run warm-up, measured time and replications
 */
public record SimulationSpec(
        double arrivalsPerSecond,
        int agents,
        TimeDistribution handleTime,
        TimeDistribution patience,
        Retrials retrials,
        OptionalInt lines,
        Duration serviceLevelThreshold,
        RunLength run) {

    /**
     * Validates the spec.
     *
     * @throws IllegalArgumentException if a value is out of range, or if the queue would grow without bound
     *     (no abandonment, no line limit, and offered load λ·E[S] ≥ agents)
     */
    public SimulationSpec {
        requireArgument(
                arrivalsPerSecond > 0 && Double.isFinite(arrivalsPerSecond),
                "arrivals per second must be positive and finite: arrivalsPerSecond=%s",
                arrivalsPerSecond);
        requireArgument(agents >= 1, "agents must be at least 1: agents=%d", agents);
        requireArgument(
                !(handleTime instanceof TimeDistribution.Infinite), "handle time must be finite: handleTime=%s", handleTime);
        requireArgument(
                lines.isEmpty() || lines.getAsInt() >= agents,
                "lines must be at least the number of agents: lines=%s, agents=%d",
                lines,
                agents);
        requireArgument(
                !serviceLevelThreshold.isNegative(),
                "service-level threshold must not be negative: serviceLevelThreshold=%s",
                serviceLevelThreshold);
        double load = arrivalsPerSecond * meanSeconds(handleTime);
        requireArgument(
                !(patience instanceof TimeDistribution.Infinite) || lines.isPresent() || load < agents,
                "without abandonment or a line limit the queue is unstable unless agents exceed the offered load:"
                        + " agents=%d, load=%s",
                agents,
                load);
    }

    /**
     * {@return an M/M/N queue (the Erlang C model): exponential handle times, no abandonment, no redials, unlimited
     * lines, 20 replications of 20 000 expected arrivals each}
     *
     * @param arrivalsPerSecond fresh arrivals per second
     * @param aht the mean handle time
     * @param agents agents
     * @param serviceLevelThreshold T in SL(T)
     */
    public static SimulationSpec erlangC(
            double arrivalsPerSecond, Duration aht, int agents, Duration serviceLevelThreshold) {
        return new SimulationSpec(
                arrivalsPerSecond,
                agents,
                TimeDistribution.exponential(aht),
                TimeDistribution.infinite(),
                Retrials.none(),
                OptionalInt.empty(),
                serviceLevelThreshold,
                RunLength.ofArrivals(arrivalsPerSecond, 20_000, 20));
    }

    /**
     * {@return an M/M/N+M queue (the Erlang A model): as {@link #erlangC} with exponential patience}
     *
     * @param arrivalsPerSecond fresh arrivals per second
     * @param aht the mean handle time
     * @param meanPatience the mean patience
     * @param agents agents
     * @param serviceLevelThreshold T in SL(T)
     */
    public static SimulationSpec erlangA(
            double arrivalsPerSecond, Duration aht, Duration meanPatience, int agents, Duration serviceLevelThreshold) {
        return new SimulationSpec(
                arrivalsPerSecond,
                agents,
                TimeDistribution.exponential(aht),
                TimeDistribution.exponential(meanPatience),
                Retrials.none(),
                OptionalInt.empty(),
                serviceLevelThreshold,
                RunLength.ofArrivals(arrivalsPerSecond, 20_000, 20));
    }

    /**
     * {@return a copy with another handle-time distribution}
     *
     * @param distribution the handle-time distribution
     */
    public SimulationSpec withHandleTime(TimeDistribution distribution) {
        return new SimulationSpec(
                arrivalsPerSecond, agents, distribution, patience, retrials, lines, serviceLevelThreshold, run);
    }

    /**
     * {@return a copy with another patience distribution}
     *
     * @param distribution the patience distribution
     */
    public SimulationSpec withPatience(TimeDistribution distribution) {
        return new SimulationSpec(
                arrivalsPerSecond, agents, handleTime, distribution, retrials, lines, serviceLevelThreshold, run);
    }

    /**
     * {@return a copy with other redial behaviour}
     *
     * @param redials the redial behaviour
     */
    public SimulationSpec withRetrials(Retrials redials) {
        return new SimulationSpec(
                arrivalsPerSecond, agents, handleTime, patience, redials, lines, serviceLevelThreshold, run);
    }

    /**
     * {@return a copy with a finite number of lines}
     *
     * @param count lines, at least {@code agents}
     */
    public SimulationSpec withLines(int count) {
        return new SimulationSpec(
                arrivalsPerSecond,
                agents,
                handleTime,
                patience,
                retrials,
                OptionalInt.of(count),
                serviceLevelThreshold,
                run);
    }

    /**
     * {@return a copy with another run length}
     *
     * @param length warm-up, measured time and replications
     */
    public SimulationSpec withRun(RunLength length) {
        return new SimulationSpec(
                arrivalsPerSecond, agents, handleTime, patience, retrials, lines, serviceLevelThreshold, length);
    }

    /** {@return the offered load in Erlangs of fresh arrivals, λ·E[S]} */
    public double offeredErlangs() {
        return arrivalsPerSecond * meanSeconds(handleTime);
    }

    private static double meanSeconds(TimeDistribution distribution) {
        return switch (distribution) {
            case TimeDistribution.Exponential e -> e.meanSeconds();
            case TimeDistribution.LogNormal l -> l.meanSeconds();
            case TimeDistribution.Deterministic d -> d.seconds();
            case TimeDistribution.Infinite i -> Double.POSITIVE_INFINITY;
        };
    }
}
