package org.switchboard.engine.staffing.internal;

import java.util.Arrays;

/**
 * The M/M/N/L+M queue solved exactly as a birth–death chain: Poisson arrivals at rate λ, N agents with service rate
 * μ, exponential patience with rate θ, at most L customers in the system (answered plus waiting); an arrival finding
 * L in the system is blocked.
 *
 * <pre>
 *   birth  λ                          for n &lt; L
 *   death  d(n) = min(n, N)·μ + max(n − N, 0)·θ
 *   ln p(n) = ln p(n − 1) + ln λ − ln d(n),   p normalised by log-sum-exp
 * </pre>
 *
 * Log space keeps every p(n) from overflow, and from underflow unless it is below 1e−308. Without a line limit
 * (L = ∞, θ &gt; 0) the chain is cut where ln p(n) has fallen 50 below its maximum (p(n) &lt; 2e−22 relative) and is
 * still falling. Source: any birth–death treatment, e.g. L. Kleinrock, "Queueing Systems, Vol. 1", Wiley 1975, §3.1;
 * for M/M/N+M with a tagged customer, Zeltyn and Mandelbaum [1].
 *
 * <p>A waiting customer with k others ahead moves up at rate N·μ + k·θ (a service ends or one ahead abandons) and
 * abandons at rate θ; with r(i) = N·μ + (i + 1)·θ
 *
 * <pre>
 *   P(answered | k ahead)        S(k) = Π_{i=0..k} (N·μ + i·θ) / r(i)
 *   E[wait · 1{answered} | k]    = S(k) · Σ_{i=0..k} 1/r(i)
 * </pre>
 *
 * (the sojourn in each stage is independent of how it ends). P(answered within T) is found by uniformisation of
 * the tagged customer's chain (Tijms [2] §4.5) with rate Λ = N·μ + (K + 1)·θ, K the most customers ahead.
 *
 * <p>[1] S. Zeltyn, A. Mandelbaum, "Call centers with impatient customers: many-server asymptotics of the M/M/n+G
 * queue", Queueing Systems 51, 2005, pp. 361–402.
 * <br>[2] H. C. Tijms, "A First Course in Stochastic Models", Wiley, 2003, §4.5.
 */
public final class FiniteQueueChain {

    private static final double CUT_OFF = 50;
    private static final int MAX_STATES = 50_000_000;

    private final int agents;
    private final double serviceRate;
    private final double abandonRate;
    private final double[] probabilities;
    private final boolean blocking;

    /**
     * Solves the chain.
     *
     * @param arrivalsPerSecond λ ≥ 0
     * @param agents N ≥ 1
     * @param serviceRate μ &gt; 0 per second
     * @param abandonRate θ ≥ 0 per second; θ = 0 needs a line limit
     * @param lines L ≥ N, or {@link Integer#MAX_VALUE} for no limit
     */
    public FiniteQueueChain(double arrivalsPerSecond, int agents, double serviceRate, double abandonRate, int lines) {
        this.agents = agents;
        this.serviceRate = serviceRate;
        this.abandonRate = abandonRate;
        this.blocking = lines != Integer.MAX_VALUE;
        this.probabilities = solve(arrivalsPerSecond, lines);
    }

    private double[] solve(double lambda, int lines) {
        double logLambda = Math.log(lambda);
        int capacity = blocking ? lines + 1 : agents + 64;
        var logs = new double[capacity];
        double max = 0;
        int last = 0;
        for (int n = 1; ; n++) {
            if (blocking ? n > lines : n > agents && logs[n - 1] < max - CUT_OFF && logs[n - 1] <= logs[n - 2]) {
                break;
            }
            if (n >= MAX_STATES) {
                throw new IllegalStateException("queue too long to solve: more than " + MAX_STATES + " states");
            }
            if (n == logs.length) {
                logs = Arrays.copyOf(logs, 2 * n);
            }
            logs[n] = logs[n - 1] + logLambda - Math.log(deathRate(n));
            max = Math.max(max, logs[n]);
            last = n;
        }
        double sum = 0;
        for (int n = 0; n <= last; n++) {
            sum += Math.exp(logs[n] - max);
        }
        double logTotal = max + Math.log(sum);
        var p = new double[last + 1];
        for (int n = 0; n <= last; n++) {
            p[n] = Math.exp(logs[n] - logTotal);
        }
        return p;
    }

    private double deathRate(int n) {
        return Math.min(n, agents) * serviceRate + Math.max(n - agents, 0) * abandonRate;
    }

    /** {@return P(an arrival is blocked) = p(L) by PASTA, 0 without a line limit} */
    public double blocking() {
        return blocking ? probabilities[probabilities.length - 1] : 0;
    }

    /** {@return P(an arrival is admitted and must wait) = Σ_{N ≤ n &lt; L} p(n)} */
    public double waiting() {
        double sum = 0;
        for (int n = agents; n < admittedStates(); n++) {
            sum += probabilities[n];
        }
        return sum;
    }

    /** {@return P(an arrival is admitted and an agent is free) = Σ_{n &lt; N} p(n)} */
    public double immediate() {
        double sum = 0;
        for (int n = 0; n < Math.min(agents, admittedStates()); n++) {
            sum += probabilities[n];
        }
        return sum;
    }

    /** {@return E[customers waiting] = Σ max(n − N, 0)·p(n)} */
    public double meanQueueLength() {
        double sum = 0;
        for (int n = agents + 1; n < probabilities.length; n++) {
            sum += (n - agents) * probabilities[n];
        }
        return sum;
    }

    /** {@return P(an arrival abandons) = Σ_k p(N + k)·(1 − S(k))} */
    public double abandonment() {
        double sum = 0;
        double answered = 1;
        for (int k = 0; agents + k < admittedStates(); k++) {
            answered *= advanceRate(k) / stageRate(k);
            sum += probabilities[agents + k] * (1 - answered);
        }
        return sum;
    }

    /** {@return E[wait · 1{answered after waiting}] per arrival, seconds} */
    public double answeredWaitPerArrival() {
        double sum = 0;
        double answered = 1;
        double meanWait = 0;
        for (int k = 0; agents + k < admittedStates(); k++) {
            answered *= advanceRate(k) / stageRate(k);
            meanWait += 1 / stageRate(k);
            sum += probabilities[agents + k] * answered * meanWait;
        }
        return sum;
    }

    /**
     * {@return P(an arrival waits and is answered within T)}
     *
     * @param thresholdSeconds T ≥ 0
     */
    public double answeredAfterWaitWithin(double thresholdSeconds) {
        int stages = admittedStates() - agents;
        if (stages <= 0 || thresholdSeconds <= 0) {
            return 0;
        }
        double uniform = stageRate(stages - 1);
        double mean = uniform * thresholdSeconds;
        var mass = new double[stages];
        System.arraycopy(probabilities, agents, mass, 0, stages);
        double logMean = Math.log(mean);
        double logWeight = -mean;
        double answered = 0;
        double result = 0;
        int steps = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
        for (int m = 1; m <= steps; m++) {
            answered += mass[0] * advanceRate(0) / uniform;
            for (int i = 0; i < stages; i++) {
                double stay = 1 - stageRate(i) / uniform;
                double fromAbove = i + 1 < stages ? mass[i + 1] * advanceRate(i + 1) / uniform : 0;
                mass[i] = mass[i] * stay + fromAbove;
            }
            logWeight += logMean - Math.log(m);
            result += Math.exp(logWeight) * answered;
        }
        // Poisson mass beyond the last step: the answered share can only grow, so bound it by its last value.
        double tail = 1 - poissonCdf(steps, mean);
        return result + tail * answered;
    }

    private static double poissonCdf(int steps, double mean) {
        double logWeight = -mean;
        double sum = Math.exp(logWeight);
        for (int m = 1; m <= steps; m++) {
            logWeight += Math.log(mean) - Math.log(m);
            sum += Math.exp(logWeight);
        }
        return Math.min(1, sum);
    }

    private int admittedStates() {
        return blocking ? probabilities.length - 1 : probabilities.length;
    }

    /** Rate at which a waiting customer with k ahead moves up: N·μ + k·θ. */
    private double advanceRate(int k) {
        return agents * serviceRate + k * abandonRate;
    }

    /** Rate at which a waiting customer with k ahead leaves that stage: N·μ + (k + 1)·θ. */
    private double stageRate(int k) {
        return agents * serviceRate + (k + 1) * abandonRate;
    }
}
