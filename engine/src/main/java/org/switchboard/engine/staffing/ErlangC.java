package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import org.switchboard.engine.staffing.internal.InverseBlocking;
import org.switchboard.engine.staffing.internal.MmnQueue;

/**
 * Erlang C: the M/M/N queue, where callers wait as long as it takes (infinite patience).
 *
 * <pre>
 *   C(N, A) = N·B(N, A) / (N − A·(1 − B(N, A)))        for N &gt; A
 *   SL(T)   = 1 − C · e^{−(N − A)·T / AHT}
 *   ASA     = C · AHT / (N − A)
 *   E[Q]    = C · A / (N − A),   occupancy = A / N,   P(abandon) = 0
 * </pre>
 * A = offered load in Erlangs, N = agents, T = service-level threshold, AHT = average handle time (s); B is Erlang B
 * from the stable recurrence (see {@link ErlangB}). With N ≤ A the queue is unstable and
 * {@link QueuePerformance#unstable(int, double)} is returned. Sources: wfm.md "Staffing requirements"; L. Kleinrock,
 * Queueing Systems vol. 1, Wiley 1975, §3.5.
 */
public record ErlangC() implements QueueModel {

    /** {@inheritDoc} */
    @Override
    public QueuePerformance evaluate(Workload workload, int agents, Duration serviceLevelThreshold) {
        requireEvaluable(agents, serviceLevelThreshold);
        var erlangs = workload.erlangs();
        if (agents <= erlangs) {
            return QueuePerformance.unstable(agents, erlangs);
        }
        return performance(
                agents,
                erlangs,
                InverseBlocking.at(agents, erlangs),
                workload.ahtSeconds(),
                Workload.seconds(serviceLevelThreshold));
    }

    /** The stable queue's figures from I(N) = 1/B(N, A), shared with the solver so both agree bit for bit. */
    static QueuePerformance performance(
            int agents, double erlangs, double inverseBlocking, double ahtSeconds, double thresholdSeconds) {
        var probWait = MmnQueue.waitProbability(agents, erlangs, inverseBlocking);
        var asa = MmnQueue.asaSeconds(probWait, agents, erlangs, ahtSeconds);
        return new QueuePerformance(
                agents,
                erlangs,
                true,
                probWait,
                MmnQueue.serviceLevel(probWait, agents, erlangs, ahtSeconds, thresholdSeconds),
                asa,
                asa,
                0,
                probWait * erlangs / (agents - erlangs),
                erlangs / agents);
    }

    /**
     * {@return the probability of waiting C(N, A), or 1 when N ≤ A (unstable: every caller waits)}
     *
     * @param agents N, {@code >= 1}
     * @param erlangs A, finite and {@code >= 0}
     * @throws IllegalArgumentException if agents &lt; 1 or the load is negative or not finite
     */
    public static double waitProbability(int agents, double erlangs) {
        requireArgument(agents >= 1, "agents must be at least 1: agents=%d", agents);
        requireArgument(
                Double.isFinite(erlangs) && erlangs >= 0, "erlangs must be finite and >= 0: erlangs=%s", erlangs);
        return agents <= erlangs ? 1 : MmnQueue.waitProbability(agents, erlangs, InverseBlocking.at(agents, erlangs));
    }

    /** {@return "erlang-c"} */
    @Override
    public String name() {
        return "erlang-c";
    }

    static void requireEvaluable(int agents, Duration serviceLevelThreshold) {
        requireArgument(agents >= 1, "agents must be at least 1: agents=%d", agents);
        requireArgument(
                !serviceLevelThreshold.isNegative(),
                "service level threshold must not be negative: serviceLevelThreshold=%s",
                serviceLevelThreshold);
    }
}
