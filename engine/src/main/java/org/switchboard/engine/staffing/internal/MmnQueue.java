package org.switchboard.engine.staffing.internal;

/**
 * Erlang C (the M/M/N queue: Poisson arrivals, N agents, exponential handle times, callers never hang up) for one
 * number of agents, on primitives so the solver can call it in its loop without allocating.
 *
 * <pre>
 *   C(N, A)  = N·B / (N − A·(1 − B)) = N / ((N − A)·I + A)     I = 1/B(N, A),  N &gt; A
 *   SL(T)    = 1 − C · e^{−(N − A)·T / AHT}
 *   ASA      = C · AHT / (N − A)                                (mean wait over all calls = of the answered)
 *   E[Q]     = C · A / (N − A)
 * </pre>
 * The second form of C follows from the first by dividing by B; with I = +∞ (B below the double range) it gives
 * C = 0 instead of 0/0. Sources: A. K. Erlang (1917); L. Kleinrock, Queueing Systems vol. 1, Wiley 1975, §3.5 (M/M/m);
 * wfm.md "Staffing requirements".
 */
public final class MmnQueue {

    private MmnQueue() {}

    /**
     * {@return the probability of waiting C(N, A) for N &gt; A}
     *
     * @param agents N, greater than A
     * @param erlangs A, {@code >= 0}
     * @param inverseBlocking I = 1/B(N, A) from {@link InverseBlocking}
     */
    public static double waitProbability(int agents, double erlangs, double inverseBlocking) {
        if (inverseBlocking == Double.POSITIVE_INFINITY && erlangs > 0) {
            // B < 1e-308: C ≈ N / ((N − A)·I) in logs (A is negligible beside (N − A)·I), down to the subnormals.
            return Math.exp(Math.log(agents) - Math.log(agents - erlangs) - InverseBlocking.logAt(agents, erlangs));
        }
        // N / ((N − A)·I + A) divided through by N − A, so the product (N − A)·I cannot overflow.
        var spare = agents - erlangs;
        return (agents / spare) / (inverseBlocking + erlangs / spare);
    }

    /**
     * {@return SL(T) = 1 − C·e^{−(N − A)·T/AHT}, in [0, 1]}
     *
     * @param probWait C(N, A)
     * @param agents N, greater than A
     * @param erlangs A
     * @param ahtSeconds AHT in seconds
     * @param thresholdSeconds T in seconds, {@code >= 0}
     */
    public static double serviceLevel(
            double probWait, int agents, double erlangs, double ahtSeconds, double thresholdSeconds) {
        return Math.max(0, 1 - probWait * Math.exp(-(agents - erlangs) * thresholdSeconds / ahtSeconds));
    }

    /**
     * {@return ASA = C·AHT/(N − A) in seconds}
     *
     * @param probWait C(N, A)
     * @param agents N, greater than A
     * @param erlangs A
     * @param ahtSeconds AHT in seconds
     */
    public static double asaSeconds(double probWait, int agents, double erlangs, double ahtSeconds) {
        return probWait * ahtSeconds / (agents - erlangs);
    }
}
