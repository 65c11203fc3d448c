package org.switchboard.engine.staffing.internal;

import java.util.Arrays;

/**
 * The reciprocal of Erlang B, I(n) = 1 / B(n, A), for one offered load, filled on demand.
 *
 * <pre>
 *   I(0) = 1,   I(n) = 1 + (n / A) · I(n − 1)                                   (1)
 *   I(n) = Σ_{k=0..n} n! / ((n − k)!·A^k) = 1 + n/A + n(n−1)/A² + …             (2)
 * </pre>
 * (1) is the classical stable Erlang B recurrence B(n) = A·B(n−1) / (n + A·B(n−1)) written for 1/B: one
 * multiply-add per step instead of a division, all terms positive, errors damped (the factor (n/A)·I(n−1)/I(n) is
 * below 1). (2) is (1) unrolled. For n ≤ A the terms of (2) fall, at first like e^{−k²/(2A)}, so the sum reaches full
 * double precision after about 9·√A terms instead of n steps: for A ≥ 64 this class evaluates I(n) by (2) when
 * n ≤ ⌊A⌋ and by (1) started from I(⌊A⌋) above, which makes a required-N solve at 10 000 Erlangs cost about 1 000
 * operations, not 10 000. I(n) overflows to +∞ only when B(n, A) &lt; 1e−308; {@link #logAt} covers that range.
 * Sources: D. L. Jagerman, "Some properties of the Erlang loss function", Bell System Technical Journal 53(3), 1974
 * (the recurrence and its stability); wfm.md "Staffing requirements".
 *
 * <p>Single use and not thread-safe: a solver creates one per workload and moves N up and down over it, so no
 * candidate N re-runs the recurrence from 0. Every value equals {@link #at(int, double)} bit for bit, so a solve and
 * a later evaluation of its answer agree exactly.
 */
public final class InverseBlocking {

    private static final double DIRECT_SUM_MIN_ERLANGS = 64;
    private static final double EPSILON = 1e-17;

    private final double erlangs;
    private final double inverseErlangs;
    private final int base;
    private double[] values;
    private int filled;

    /**
     * Starts a table for one offered load.
     *
     * @param erlangs offered load A, {@code >= 0} (A = 0 gives I(n) = +∞ for n ≥ 1: no blocking)
     */
    public InverseBlocking(double erlangs) {
        this.erlangs = erlangs;
        this.inverseErlangs = 1 / erlangs;
        this.base = base(erlangs);
        this.values = new double[64];
        this.values[0] = base == 0 ? 1 : directSum(base, erlangs);
        this.filled = 0;
    }

    /**
     * {@return I(n) = 1 / B(n, A), {@code >= 1}, possibly +∞}
     *
     * @param n number of servers, {@code >= 0}
     */
    public double get(int n) {
        if (n < base) {
            return directSum(n, erlangs);
        }
        int index = n - base;
        if (index > filled) {
            fill(index);
        }
        return values[index];
    }

    private void fill(int index) {
        if (index >= values.length) {
            values = Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
        }
        var inverse = values[filled];
        for (int i = filled + 1; i <= index; i++) {
            inverse = 1 + (base + i) * inverseErlangs * inverse;
            values[i] = inverse;
        }
        filled = index;
    }

    /**
     * {@return I(n) = 1 / B(n, A) computed afresh, as described above}
     *
     * @param n number of servers, {@code >= 0}
     * @param erlangs offered load A, {@code >= 0}
     */
    public static double at(int n, double erlangs) {
        int base = base(erlangs);
        if (base > 0 && n <= base) {
            return directSum(n, erlangs);
        }
        var inverseErlangs = 1 / erlangs;
        var inverse = base == 0 ? 1.0 : directSum(base, erlangs);
        for (int k = base + 1; k <= n; k++) {
            inverse = 1 + k * inverseErlangs * inverse;
        }
        return inverse;
    }

    /**
     * {@return ln I(n) = −ln B(n, A) by recurrence (1) with the running value rescaled by 1e−280 whenever it passes
     * 1e280} Used only where I(n) itself overflows, so that probabilities between 1e−308 and the smallest subnormal
     * double (4.9e−324) are still returned instead of a false 0.
     *
     * @param n number of servers, {@code >= 0}
     * @param erlangs offered load A, {@code > 0}
     */
    public static double logAt(int n, double erlangs) {
        var inverseErlangs = 1 / erlangs;
        var inverse = 1.0;
        var one = 1.0;
        var scale = 0;
        for (int k = 1; k <= n; k++) {
            inverse = one + k * inverseErlangs * inverse;
            if (inverse > 1e280) {
                inverse *= 1e-280;
                one *= 1e-280;
                scale++;
            }
        }
        return Math.log(inverse) + scale * Math.log(1e280);
    }

    /** The n from which recurrence (1) takes over from sum (2); 0 when (1) runs from the start. */
    private static int base(double erlangs) {
        return erlangs >= DIRECT_SUM_MIN_ERLANGS ? (int) Math.min(Integer.MAX_VALUE, Math.floor(erlangs)) : 0;
    }

    /**
     * Sum (2) for n ≤ A, stopped when the geometric bound on the rest, term·q/(1 − q) with q = (n − k − 1)/A the
     * next ratio, is below 1e−17 of the sum.
     */
    private static double directSum(int n, double erlangs) {
        var inverseErlangs = 1 / erlangs;
        var sum = 1.0;
        var term = 1.0;
        for (int k = 0; k < n; k++) {
            term *= (n - k) * inverseErlangs;
            sum += term;
            var next = (n - k - 1) * inverseErlangs;
            if (term * next <= EPSILON * (1 - next) * sum) {
                break;
            }
        }
        return sum;
    }
}
