package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import org.switchboard.engine.staffing.internal.InverseBlocking;
import org.switchboard.engine.staffing.internal.PalmQueue;

/**
 * Erlang A: the M/M/N+M queue (Palm's model) in which each caller hangs up after an exponential patience with the
 * given mean unless answered first. Always stable, because abandonment drains any queue.
 *
 * <p>With λ arrivals/s, 1/μ = AHT, 1/θ = mean patience, a = λ/μ, r = θ/μ, p_0 = 1, p_k = p_{k−1}·a/(N + k·r),
 * s_k = N/(N + (k+1)·r) and π(N) = 1 / ((N/a)·I(N−1) + Σ p_k) with I = 1/B (Erlang B):
 * <pre>
 *   P(wait)     = π(N) · Σ_k p_k
 *   P(abandon)  = π(N) · Σ_k p_k (1 − s_k)
 *   SL(T)       = 1 − P(abandon) − π(N)·F·Σ_k p'_k s_k       p'_k: p_k with a·e^{−θT} for a,
 *                                                           F = exp(−(Nμ + θ)T + (λ/θ)(1 − e^{−θT}))
 *   ASA         = mean wait of the answered = AHT · π(N) Σ_k p_k s_k h_k / P(served),  h_k = Σ_{i≤k} 1/(N + (i+1)r)
 *   mean wait of all arrivals = P(abandon) / θ,   E[Q] = λ · P(abandon) / θ
 *   occupancy   = λ · (1 − P(abandon)) · AHT / N
 * </pre>
 * SL(T) is the share of all arrivals answered within T: abandoners count as not met (wfm.md "Staffing
 * requirements"). Derivation, numerical notes and sources: O. Garnett, A. Mandelbaum, M. Reiman, "Designing a call
 * center with impatient customers", MSOM 4(3), 2002, §2–3; A. Mandelbaum, S. Zeltyn, "The M/M/n+G queue: summary of
 * performance measures", Technion technical note (M/M/n+M case). As the patience grows every figure tends to
 * {@link ErlangC}'s.
 *
 * @param meanPatience mean time a caller waits before hanging up, positive
 */
public record ErlangA(Duration meanPatience) implements QueueModel {

    /**
     * Validates the patience.
     *
     * @throws IllegalArgumentException if the mean patience is not positive
     */
    public ErlangA {
        requireArgument(meanPatience.isPositive(), "mean patience must be positive: meanPatience=%s", meanPatience);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if the queue is so overloaded with such patient callers that the exact
     *     sums would need more than 50 million terms (roughly (A − N)·patience/AHT &gt; 5e7)
     */
    @Override
    public QueuePerformance evaluate(Workload workload, int agents, Duration serviceLevelThreshold) {
        ErlangC.requireEvaluable(agents, serviceLevelThreshold);
        var erlangs = workload.erlangs();
        var queue = new PalmQueue();
        queue.evaluate(
                agents,
                erlangs,
                InverseBlocking.at(agents - 1, erlangs),
                workload.ahtSeconds(),
                patienceSeconds(),
                Workload.seconds(serviceLevelThreshold));
        return performance(queue, agents, erlangs);
    }

    /** {@return "erlang-a"} */
    @Override
    public String name() {
        return "erlang-a";
    }

    /** {@return the mean patience in seconds} */
    public double patienceSeconds() {
        return Workload.seconds(meanPatience);
    }

    static QueuePerformance performance(PalmQueue queue, int agents, double erlangs) {
        return new QueuePerformance(
                agents,
                erlangs,
                true,
                queue.probWait,
                queue.serviceLevel,
                queue.asaSeconds,
                queue.meanWaitAllSeconds,
                queue.probAbandon,
                queue.averageQueueLength,
                queue.occupancy);
    }
}
