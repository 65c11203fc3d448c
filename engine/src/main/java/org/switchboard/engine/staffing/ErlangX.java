package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.OptionalInt;
import org.switchboard.engine.staffing.internal.FiniteQueueChain;

/**
 * The "Erlang X" queue: Erlang A (Poisson arrivals, exponential handle times and patience, N agents, FIFO) plus
 * redials — a customer who abandons calls again with probability r_a, one who is blocked with probability r_b — and a
 * finite number of lines L ≥ N (an attempt that finds L customers in the system, answered plus waiting, is blocked).
 *
 * <p>Method: the redials are treated as Poisson, merged with the fresh arrivals into one stream of attempts at rate
 * λ_eff, which must reproduce itself (the fixed-point approximation studied by Aguir et al. [1]; cf. Koole [2] on the
 * Erlang X model):
 *
 * <pre>
 *   λ_eff = λ + λ_eff · (r_a · P_ab(λ_eff) + r_b · P_block(λ_eff))
 * </pre>
 *
 * solved by bisection on [λ, λ / (1 − max(r_a, r_b))] (the right side is below λ_eff at the upper end since every
 * probability is at most 1). For a given λ_eff the M/M/N/L+M queue is solved exactly as a birth–death chain in log
 * space ({@link FiniteQueueChain}), which gives per attempt, with p(n) the stationary distribution, μ = 1/AHT,
 * θ = 1/mean patience:
 *
 * <pre>
 *   P_block = p(L)                         P_wait = Σ_{N ≤ n &lt; L} p(n)
 *   P_ab    = Σ_k p(N + k)·(1 − S(k))      S(k) = Π_{i=0..k} (Nμ + iθ)/(Nμ + (i+1)θ)
 *   SL(T)   = Σ_{n &lt; N} p(n) + P(wait and answered within T)      (uniformisation)
 *   ASA     = Σ_k p(N + k)·S(k)·Σ_{i=0..k} 1/(Nμ + (i+1)θ)  /  P_answered
 *   occupancy = λ_eff · P_answered · AHT / N,  P_answered = 1 − P_block − P_ab
 *   P(customer lost) = 1 − λ_eff·P_answered/λ,  attempts per customer = λ_eff/λ
 * </pre>
 *
 * <p>Assumptions and limits: the redial delay does not appear — redials are assumed to come back long enough after
 * the attempt that they meet an independent state of the queue. Real redials return to the congestion that caused
 * them, and the backlog of customers waiting to redial drifts on the scale of the delay, so blocking and waiting are
 * underestimated, most with short delays and heavy load ([1] reports the same effect). Measured against
 * {@link org.switchboard.engine.staffing.simulation.QueueSimulator} (see {@code ErlangXTest}): within the simulation's
 * confidence intervals for 10-hour delays; errors up to 0.003 on P_block and 0.007 on SL for 1-hour delays (20 AHT);
 * up to 0.06 on P_block and 0.07 on SL when the delay is about the AHT (1-minute delay, AHT 3 min, 0.9–1.08 Erlangs per agent). Use the
 * simulator when redials come back within minutes. Steady state only (one interval at constant load). Each attempt
 * decides to redial independently, so attempts per customer are geometric. Patience must be finite: with infinite
 * patience and no line limit this is Erlang C.
 *
 * <p>[1] S. Aguir, F. Karaesmen, O. Z. Akşin, F. Chauvet, "The impact of retrials on call center performance",
 * OR Spectrum 26(3), 2004, pp. 353–376.
 * <br>[2] G. Koole, "Call Center Optimization", MG Books, Amsterdam, 2013 (the Erlang X model: abandonments, redials
 * and finite lines).
 *
 * @param meanPatience mean time a waiting customer waits before hanging up (exponential), positive
 * @param lines L, the number of lines, at least the number of agents when evaluated; empty for unlimited
 * @param redialAfterAbandonment r_a, probability that an abandoning customer redials, in [0, 1)
 * @param redialAfterBlocking r_b, probability that a blocked customer redials, in [0, 1)
 */
public record ErlangX(
        Duration meanPatience, OptionalInt lines, double redialAfterAbandonment, double redialAfterBlocking) {

    private static final int BISECTION_STEPS = 200;

    /**
     * Validates the model.
     *
     * @throws IllegalArgumentException if the patience is not positive, lines &lt; 1, or a redial probability is
     *     outside [0, 1)
     */
    public ErlangX {
        requireArgument(meanPatience.isPositive(), "mean patience must be positive: meanPatience=%s", meanPatience);
        requireArgument(lines.isEmpty() || lines.getAsInt() >= 1, "lines must be at least 1: lines=%s", lines);
        requireArgument(
                redialAfterAbandonment >= 0 && redialAfterAbandonment < 1,
                "redial probability after abandonment must be in [0, 1): redialAfterAbandonment=%s",
                redialAfterAbandonment);
        requireArgument(
                redialAfterBlocking >= 0 && redialAfterBlocking < 1,
                "redial probability after blocking must be in [0, 1): redialAfterBlocking=%s",
                redialAfterBlocking);
    }

    /**
     * {@return Erlang A as an Erlang X model: unlimited lines, nobody redials}
     *
     * @param meanPatience mean patience, positive
     */
    public static ErlangX of(Duration meanPatience) {
        return new ErlangX(meanPatience, OptionalInt.empty(), 0, 0);
    }

    /**
     * {@return a copy with a finite number of lines}
     *
     * @param count L, at least 1 (and at least the number of agents when evaluated)
     */
    public ErlangX withLines(int count) {
        return new ErlangX(meanPatience, OptionalInt.of(count), redialAfterAbandonment, redialAfterBlocking);
    }

    /**
     * {@return a copy with redials}
     *
     * @param afterAbandonment r_a in [0, 1)
     * @param afterBlocking r_b in [0, 1)
     */
    public ErlangX withRedials(double afterAbandonment, double afterBlocking) {
        return new ErlangX(meanPatience, lines, afterAbandonment, afterBlocking);
    }

    /**
     * Evaluates the queue.
     *
     * @param workload the fresh (first-attempt) workload
     * @param agents N ≥ 1
     * @param serviceLevelThreshold T ≥ 0
     * @return the steady-state performance per attempt and per customer
     * @throws IllegalArgumentException if agents &lt; 1, lines &lt; agents or the threshold is negative
     */
    public ErlangXPerformance evaluate(Workload workload, int agents, Duration serviceLevelThreshold) {
        requireArgument(agents >= 1, "agents must be at least 1: agents=%d", agents);
        requireArgument(
                lines.isEmpty() || lines.getAsInt() >= agents,
                "lines must be at least the number of agents: lines=%s, agents=%d",
                lines,
                agents);
        requireArgument(
                !serviceLevelThreshold.isNegative(),
                "service-level threshold must not be negative: serviceLevelThreshold=%s",
                serviceLevelThreshold);
        double fresh = workload.arrivalsPerSecond();
        double aht = workload.ahtSeconds();
        if (fresh == 0) {
            return new ErlangXPerformance(agents, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1);
        }
        double attempts = effectiveArrivals(fresh, agents, aht);
        var chain = chain(attempts, agents, aht);
        double block = chain.blocking();
        double abandon = clamp(chain.abandonment());
        double answered = clamp(1 - block - abandon);
        double threshold = serviceLevelThreshold.toNanos() / 1e9;
        double queue = chain.meanQueueLength();
        return new ErlangXPerformance(
                agents,
                workload.erlangs(),
                attempts,
                block,
                clamp(chain.waiting()),
                abandon,
                clamp(chain.immediate() + chain.answeredAfterWaitWithin(threshold)),
                answered > 0 ? chain.answeredWaitPerArrival() / answered : 0,
                block < 1 ? queue / (attempts * (1 - block)) : 0,
                queue,
                clamp(attempts * answered * aht / agents),
                clamp(1 - attempts * answered / fresh),
                Math.max(1, attempts / fresh));
    }

    /** Solves λ_eff = λ + λ_eff·(r_a·P_ab + r_b·P_block) by bisection. */
    private double effectiveArrivals(double fresh, int agents, double aht) {
        double redial = Math.max(redialAfterAbandonment, redialAfterBlocking);
        if (redial == 0) {
            return fresh;
        }
        double low = fresh;
        double high = fresh / (1 - redial);
        for (int i = 0; i < BISECTION_STEPS && high - low > 1e-13 * high; i++) {
            double mid = (low + high) / 2;
            var chain = chain(mid, agents, aht);
            double redials = mid * (redialAfterAbandonment * chain.abandonment() + redialAfterBlocking * chain.blocking());
            if (fresh + redials > mid) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private FiniteQueueChain chain(double attemptsPerSecond, int agents, double aht) {
        double abandonRate = 1 / (meanPatience.toNanos() / 1e9);
        return new FiniteQueueChain(attemptsPerSecond, agents, 1 / aht, abandonRate, lines.orElse(Integer.MAX_VALUE));
    }

    private static double clamp(double probability) {
        return Math.min(1, Math.max(0, probability));
    }
}
