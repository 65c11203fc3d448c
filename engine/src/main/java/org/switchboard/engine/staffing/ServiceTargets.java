package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The service targets an interval's staffing must meet at once; each target is optional.
 *
 * <p>A queue's performance meets the targets when, for every target present:
 * <pre>
 *   SL(T) ≥ serviceLevel,  ASA ≤ maxAsa,  P(abandon) ≤ maxAbandonRate,  occupancy ≤ maxOccupancy
 * </pre>
 * (wfm.md "Staffing requirements": the requirement is the smallest N meeting every target at once).
 *
 * @param serviceLevel share of contacts to answer within the threshold, in (0, 1], if set
 * @param serviceLevelThreshold the service-level threshold T, {@code >= 0}; always present because every evaluation
 *     reports SL(T)
 * @param maxAsa largest acceptable average speed of answer, positive, if set
 * @param maxAbandonRate largest acceptable share of abandoned contacts, in (0, 1], if set
 * @param maxOccupancy largest acceptable agent occupancy, in (0, 1], if set
 */
public record ServiceTargets(
        OptionalDouble serviceLevel,
        Duration serviceLevelThreshold,
        Optional<Duration> maxAsa,
        OptionalDouble maxAbandonRate,
        OptionalDouble maxOccupancy) {

    /**
     * Validates the targets.
     *
     * @throws IllegalArgumentException if a share is outside (0, 1], the threshold is negative, or the ASA target is not
     *     positive
     */
    public ServiceTargets {
        requireShare("service level", "serviceLevel", serviceLevel);
        requireShare("max abandon rate", "maxAbandonRate", maxAbandonRate);
        requireShare("max occupancy", "maxOccupancy", maxOccupancy);
        requireArgument(
                !serviceLevelThreshold.isNegative(),
                "service level threshold must not be negative: serviceLevelThreshold=%s",
                serviceLevelThreshold);
        maxAsa.ifPresent(asa -> requireArgument(asa.isPositive(), "max ASA must be positive: maxAsa=%s", asa));
    }

    /**
     * Targets with a service level only, e.g. 80 % within 20 s.
     *
     * @param target share answered within the threshold, in (0, 1]
     * @param threshold the threshold T, {@code >= 0}
     * @return the targets
     * @throws IllegalArgumentException if the target is outside (0, 1] or the threshold is negative
     */
    public static ServiceTargets serviceLevel(double target, Duration threshold) {
        return new ServiceTargets(
                OptionalDouble.of(target), threshold, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * No target: the solver returns the smallest sensible staffing (see {@link StaffingSolver}); the threshold still
     * defines the SL(T) reported.
     *
     * @param threshold the threshold T, {@code >= 0}
     * @return the targets
     * @throws IllegalArgumentException if the threshold is negative
     */
    public static ServiceTargets none(Duration threshold) {
        return new ServiceTargets(
                OptionalDouble.empty(), threshold, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * {@return these targets plus a maximum average speed of answer}
     *
     * @param asa the largest acceptable ASA, positive
     * @throws IllegalArgumentException if {@code asa} is not positive
     */
    public ServiceTargets withMaxAsa(Duration asa) {
        return new ServiceTargets(serviceLevel, serviceLevelThreshold, Optional.of(asa), maxAbandonRate, maxOccupancy);
    }

    /**
     * {@return these targets plus a maximum abandonment rate}
     *
     * @param rate the largest acceptable share of abandoned contacts, in (0, 1]
     * @throws IllegalArgumentException if {@code rate} is outside (0, 1]
     */
    public ServiceTargets withMaxAbandonRate(double rate) {
        return new ServiceTargets(serviceLevel, serviceLevelThreshold, maxAsa, OptionalDouble.of(rate), maxOccupancy);
    }

    /**
     * {@return these targets plus a maximum occupancy}
     *
     * @param occupancy the largest acceptable occupancy, in (0, 1]
     * @throws IllegalArgumentException if {@code occupancy} is outside (0, 1]
     */
    public ServiceTargets withMaxOccupancy(double occupancy) {
        return new ServiceTargets(
                serviceLevel, serviceLevelThreshold, maxAsa, maxAbandonRate, OptionalDouble.of(occupancy));
    }

    /** {@return whether at least one target is set} */
    public boolean hasAnyTarget() {
        return serviceLevel.isPresent()
                || maxAsa.isPresent()
                || maxAbandonRate.isPresent()
                || maxOccupancy.isPresent();
    }

    /**
     * {@return whether the performance meets every target present} An unstable Erlang C queue meets none but the
     * abandonment target (its ASA is infinite, its service level 0).
     *
     * @param performance the evaluated queue
     */
    public boolean isMetBy(QueuePerformance performance) {
        return (serviceLevel.isEmpty() || performance.serviceLevel() >= serviceLevel.getAsDouble())
                && (maxAsa.isEmpty() || performance.asaSeconds() <= Workload.seconds(maxAsa.get()))
                && (maxAbandonRate.isEmpty() || performance.probAbandon() <= maxAbandonRate.getAsDouble())
                && (maxOccupancy.isEmpty() || performance.occupancy() <= maxOccupancy.getAsDouble());
    }

    private static void requireShare(String label, String field, OptionalDouble share) {
        share.ifPresent(
                value -> requireArgument(value > 0 && value <= 1, "%s must be in (0, 1]: %s=%s", label, field, value));
    }
}
