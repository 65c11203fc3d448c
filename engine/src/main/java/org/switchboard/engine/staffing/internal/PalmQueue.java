package org.switchboard.engine.staffing.internal;

/**
 * Erlang A (Palm's M/M/N+M queue: Poisson arrivals λ, N agents with exponential handle time of mean 1/μ = AHT,
 * exponential patience of mean 1/θ) evaluated exactly by sums over the birth–death stationary distribution.
 *
 * <p>Design notes. Work in units of the handle time: a = λ/μ (offered load A), r = θ/μ = AHT/patience,
 * τ = T/AHT. The stationary distribution of the birth–death process ([1] §2, [2]):
 * <pre>
 *   π(n) ∝ aⁿ/n! for n ≤ N, so Σ_{n&lt;N} π(n)/π(N) = I(N) − 1 = (N/a)·I(N−1),  I = 1/B (Erlang B)
 *   π(N+k) = π(N) · p_k,  p_0 = 1,  p_k = p_{k−1} · a / (N + k·r)             (rate balance above N)
 *   π(N) = 1 / (I(N) − 1 + S),  S = Σ_k p_k
 * </pre>
 * A contact arriving with k contacts already waiting (PASTA) starts service after V_k = Σ_{i=0..k} Exp(N + i·r)
 * (in AHT units) unless its own Exp(r) patience runs out first. Then, because the stage rates telescope,
 * <pre>
 *   P(served | k)           = s_k = N / (N + (k+1)·r)
 *   E[V_k ; served]         = s_k · h_k,   h_k = Σ_{i=0..k} 1 / (N + (i+1)·r)
 *   P(wait)                 = π(N) · S
 *   P(abandon)              = π(N) · Σ_k p_k (1 − s_k)
 *   P(served, W &gt; T)        = π(N) · F · Σ_k p'_k s_k,   p'_k = p_k with a' = a·e^{−rτ},
 *                             F = exp(−(N + r)·τ + (a/r)·(1 − e^{−rτ}))
 *   SL(T)                   = 1 − P(abandon) − P(served, W &gt; T)
 *   ASA                     = AHT · π(N) Σ_k p_k s_k h_k / P(served)
 *   E[W over all]           = P(abandon) / θ,  E[Q] = λ · P(abandon) / θ          (Little; abandon rate θ·E[Q])
 *   occupancy               = a · P(served) / N
 * </pre>
 * The P(served, W &gt; T) line is the sum over k of π(N+k)·P(V_k &gt; T, patience &gt; V_k); summed over k with the
 * density of V_k (a log-Beta law, because the stage rates are equally spaced) it becomes
 * π(N)·∫_T^∞ N e^{−(N+r)t + (a/r)(1−e^{−rt})} dt, the integral behind the incomplete-gamma form of P(W &gt; t) in [2];
 * shifting t = τ + u turns the tail into the same series with a replaced by a·e^{−rτ}. Every sum has positive terms
 * only, the terms decay geometrically once a &lt; N + k·r, and an overloaded queue (a &gt; N) is handled by rescaling
 * the partial sums by 1e−200 whenever a term passes 1e200, so nothing overflows, underflows falsely or cancels.
 * As r → 0 every line tends to its Erlang C counterpart.
 *
 * <p>[1] O. Garnett, A. Mandelbaum, M. Reiman, "Designing a call center with impatient customers", Manufacturing &amp;
 * Service Operations Management 4(3), 2002, 208–227, §2–3. [2] A. Mandelbaum, S. Zeltyn, "The M/M/n+G queue: summary
 * of performance measures", technical note, Technion, 2009 (M/M/n+M case).
 *
 * <p>Single use and not thread-safe: {@link #evaluate} overwrites the public result fields, so a solver reuses one
 * instance across candidate N without allocating.
 */
public final class PalmQueue {

    private static final double SCALE = 1e200;
    private static final double UNSCALE = 1e-200;
    private static final double LOG_SCALE = Math.log(SCALE);
    private static final double TAIL_EPSILON = 1e-18;
    private static final long MAX_TERMS = 50_000_000L;

    /** P(wait) of the last evaluation. */
    public double probWait;
    /** SL(T) over all arrivals of the last evaluation. */
    public double serviceLevel;
    /** ASA in seconds (mean wait of the answered) of the last evaluation. */
    public double asaSeconds;
    /** Mean wait over all arrivals in seconds of the last evaluation. */
    public double meanWaitAllSeconds;
    /** P(abandon) of the last evaluation. */
    public double probAbandon;
    /** Mean number waiting of the last evaluation. */
    public double averageQueueLength;
    /** Occupancy λ·(1 − P(abandon))·AHT / N of the last evaluation. */
    public double occupancy;

    /**
     * Evaluates the queue and stores the figures in this object's fields.
     *
     * @param agents N, {@code >= 1}
     * @param erlangs a = λ·AHT, {@code >= 0}
     * @param inversePrevious I(N − 1) = 1 / B(N − 1, a) from {@link InverseBlocking}
     * @param ahtSeconds AHT in seconds, positive
     * @param patienceSeconds mean patience 1/θ in seconds, positive
     * @param thresholdSeconds service-level threshold T in seconds, {@code >= 0}
     * @throws IllegalArgumentException if the queue is so overloaded with such patient callers that the sums would
     *     need more than 50 million terms (about (a − N)·patience/AHT)
     */
    public void evaluate(
            int agents,
            double erlangs,
            double inversePrevious,
            double ahtSeconds,
            double patienceSeconds,
            double thresholdSeconds) {
        if (erlangs == 0) {
            setIdle();
            return;
        }
        double n = agents;
        double a = erlangs;
        double r = ahtSeconds / patienceSeconds;
        double tau = thresholdSeconds / ahtSeconds;
        double aShifted = a * Math.exp(-r * tau);
        // Σ p_k, Σ p_k(1 − s_k), Σ p_k s_k, Σ p_k s_k h_k share one scale; Σ p'_k s_k has its own.
        double p = 1;
        double sum = 0;
        double sumAbandon = 0;
        double sumServed = 0;
        double sumServedWait = 0;
        int scale = 0;
        double pShifted = 1;
        double sumShifted = 0;
        int scaleShifted = 0;
        double h = 0;
        for (long k = 0; ; k++) {
            double inverseRate = 1 / (n + (k + 1) * r);
            double served = n * inverseRate;
            h += inverseRate;
            sum += p;
            sumAbandon += p * ((k + 1) * r * inverseRate);
            sumServed += p * served;
            sumServedWait += p * served * h;
            sumShifted += pShifted * served;
            double ratio = a * inverseRate;
            double ratioShifted = aShifted * inverseRate;
            p *= ratio;
            pShifted *= ratioShifted;
            if (p > SCALE) {
                p *= UNSCALE;
                sum *= UNSCALE;
                sumAbandon *= UNSCALE;
                sumServed *= UNSCALE;
                sumServedWait *= UNSCALE;
                scale++;
            }
            if (pShifted > SCALE) {
                pShifted *= UNSCALE;
                sumShifted *= UNSCALE;
                scaleShifted++;
            }
            // Ratios fall with k, so once below 1 the rest of each sum is at most next term / (1 − ratio); the factor
            // k + 2 bounds the weight h_k ≤ (k + 1)/N of the waiting-time sum.
            if (ratio < 1
                    && p * (k + 2) <= TAIL_EPSILON * (1 - ratio) * sum
                    && pShifted <= TAIL_EPSILON * (1 - ratioShifted) * sumShifted) {
                break;
            }
            if (k >= MAX_TERMS) {
                throw tooOverloaded(agents, erlangs, r);
            }
        }
        double logSum = Math.log(sum) + scale * LOG_SCALE;
        // I(N) − 1 = (N/a)·I(N−1), computed without the cancellation of I(N) − 1.
        double logBelowAgents = inversePrevious == Double.POSITIVE_INFINITY
                ? Math.log(n / a) + InverseBlocking.logAt(agents - 1, a)
                : Math.log(n / a * inversePrevious);
        // P(wait) = S / (I(N) − 1 + S) = 1 / (1 + e^x); written with e^{−x} for x > 0 so that a P(wait) below
        // 1e−308 comes out as the subnormal it is rather than 1/∞ = 0.
        double x = logBelowAgents - logSum;
        double pWait = x > 0 ? Math.exp(-x) / (1 + Math.exp(-x)) : 1 / (1 + Math.exp(x));
        double abandon = pWait * (sumAbandon / sum);
        double answered = (1 - pWait) + pWait * (sumServed / sum);
        double logTail = -(n + r) * tau
                + (a / r) * -Math.expm1(-r * tau)
                + Math.log(sumShifted)
                + scaleShifted * LOG_SCALE
                - logSum;
        double servedLate = pWait * Math.exp(logTail);
        probWait = pWait;
        probAbandon = clamp(abandon);
        serviceLevel = clamp(1 - probAbandon - servedLate);
        asaSeconds = ahtSeconds * pWait * (sumServedWait / sum) / answered;
        meanWaitAllSeconds = probAbandon * patienceSeconds;
        averageQueueLength = a * probAbandon / r;
        occupancy = clamp(a * answered / n);
    }

    private static IllegalArgumentException tooOverloaded(int agents, double erlangs, double r) {
        return new IllegalArgumentException(
                "Erlang A queue too overloaded to evaluate (more than %d terms): agents=%d, erlangs=%s, patience/aht=%s"
                        .formatted(MAX_TERMS, agents, erlangs, 1 / r));
    }

    private void setIdle() {
        probWait = 0;
        serviceLevel = 1;
        asaSeconds = 0;
        meanWaitAllSeconds = 0;
        probAbandon = 0;
        averageQueueLength = 0;
        occupancy = 0;
    }

    private static double clamp(double probability) {
        return Math.min(1, Math.max(0, probability));
    }
}
