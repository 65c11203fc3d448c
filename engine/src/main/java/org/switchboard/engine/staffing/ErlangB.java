package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * Erlang B: the blocking probability of N lines, ports or licences offered A Erlangs with no queue (M/M/N/N, the
 * lost-calls-cleared loss system), and its two inverses.
 *
 * <pre>
 *   B(0, A) = 1,   B(n, A) = A·B(n−1, A) / (n + A·B(n−1, A))
 * </pre>
 * The recurrence has only positive terms and never overflows; B underflows to 0 only where the true value is below
 * the smallest double (about 4.9e−324). Equivalent to B(N, A) = (A^N/N!) / Σ_{k=0..N} A^k/k!, which it evaluates
 * without factorials. Sources: wfm.md "Staffing requirements"; D. L. Jagerman, "Some properties of the Erlang loss
 * function", Bell System Technical Journal 53(3), 1974.
 */
public final class ErlangB {

    private static final int MAX_SERVERS = 100_000_000;

    private ErlangB() {}

    /**
     * {@return the blocking probability B(N, A) in [0, 1]}
     *
     * @param servers N, {@code >= 0}
     * @param erlangs A, finite and {@code >= 0}
     * @throws IllegalArgumentException if servers is negative or the load negative or not finite
     */
    public static double blocking(int servers, double erlangs) {
        requireArgument(servers >= 0, "servers must not be negative: servers=%d", servers);
        requireErlangs(erlangs);
        var blocking = 1.0;
        for (int n = 1; n <= servers; n++) {
            var carried = erlangs * blocking;
            blocking = carried / (n + carried);
        }
        return blocking;
    }

    /**
     * {@return the smallest N with B(N, A) ≤ maxBlocking} (0 when maxBlocking = 1, since B(0, A) = 1)
     *
     * @param erlangs A, finite and {@code >= 0}
     * @param maxBlocking the largest acceptable blocking probability, in (0, 1]
     * @throws IllegalArgumentException if the load is negative or not finite, maxBlocking is outside (0, 1], or more
     *     than 100 million servers would be needed
     */
    public static int requiredServers(double erlangs, double maxBlocking) {
        requireErlangs(erlangs);
        requireArgument(
                maxBlocking > 0 && maxBlocking <= 1, "max blocking must be in (0, 1]: maxBlocking=%s", maxBlocking);
        var blocking = 1.0;
        int n = 0;
        while (blocking > maxBlocking) {
            n++;
            if (n > MAX_SERVERS) {
                throw new IllegalArgumentException("more than %d servers needed: erlangs=%s, maxBlocking=%s"
                        .formatted(MAX_SERVERS, erlangs, maxBlocking));
            }
            var carried = erlangs * blocking;
            blocking = carried / (n + carried);
        }
        return n;
    }

    /**
     * {@return the largest offered load A with B(N, A) ≤ blocking} Found by bisection on A, which B increases
     * strictly, to the last representable digit; bracketed by A ≤ N / (1 − blocking) + 1 because the carried load
     * A·(1 − B) cannot exceed N.
     *
     * @param servers N, {@code >= 1}
     * @param blocking the target blocking probability, in (0, 1)
     * @throws IllegalArgumentException if servers &lt; 1 or blocking is outside (0, 1)
     */
    public static double maxTraffic(int servers, double blocking) {
        requireArgument(servers >= 1, "servers must be at least 1: servers=%d", servers);
        requireArgument(blocking > 0 && blocking < 1, "blocking must be in (0, 1): blocking=%s", blocking);
        var low = 0.0;
        var high = servers / (1 - blocking) + 1;
        while (true) {
            var middle = 0.5 * (low + high);
            if (middle <= low || middle >= high) {
                return low;
            }
            if (blocking(servers, middle) <= blocking) {
                low = middle;
            } else {
                high = middle;
            }
        }
    }

    private static void requireErlangs(double erlangs) {
        requireArgument(
                Double.isFinite(erlangs) && erlangs >= 0, "erlangs must be finite and >= 0: erlangs=%s", erlangs);
    }
}
