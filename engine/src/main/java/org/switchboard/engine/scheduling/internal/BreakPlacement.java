package org.switchboard.engine.scheduling.internal;

/**
 * Places the breaks of one shift where they cost least on the current coverage. With c_j(t) the cost change of taking
 * break j at offset t (one agent less in its intervals), the best placement in order and with the gaps kept is the
 * dynamic programme
 * <pre>
 *   best_0(t) = c_0(t)
 *   best_j(t) = c_j(t) + min { best_{j−1}(t') : t' + length_{j−1} + gap ≤ t }
 * </pre>
 * over each break's (narrowed) window; the breaks of one shift never overlap, so the costs add up exactly.
 */
final class BreakPlacement {

    private BreakPlacement() {}

    /**
     * Finds the cheapest placement.
     *
     * @param coverage current coverage, including the shift itself
     * @param kind the shift's kind
     * @param skill the skill it works
     * @param start its start interval
     * @param at receives the break offsets (intervals after the start)
     * @return the cost change of taking those breaks
     */
    static double best(Coverage coverage, ShiftKind kind, int skill, int start, int[] at) {
        int n = kind.breaks();
        if (n == 0) {
            return 0;
        }
        int span = kind.lengthIntervals() + 1;
        var best = new double[n][span];
        var from = new int[n][span];
        for (int j = 0; j < n; j++) {
            double prefix = Double.POSITIVE_INFINITY;
            int prefixAt = -1;
            int scanned = kind.breakEarliest()[Math.max(0, j - 1)];
            for (int t = kind.breakEarliest()[j]; t <= kind.breakLatest()[j]; t++) {
                double before = 0;
                if (j > 0) {
                    int limit = Math.min(t - kind.breakLength()[j - 1] - kind.gapIntervals(), kind.breakLatest()[j - 1]);
                    for (; scanned <= limit; scanned++) {
                        if (best[j - 1][scanned] < prefix) {
                            prefix = best[j - 1][scanned];
                            prefixAt = scanned;
                        }
                    }
                    before = prefix;
                }
                best[j][t] = before + coverage.delta(skill, start + t, kind.breakLength()[j], -1);
                from[j][t] = prefixAt;
            }
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (int t = kind.breakEarliest()[n - 1]; t <= kind.breakLatest()[n - 1]; t++) {
            if (best[n - 1][t] < lowest) {
                lowest = best[n - 1][t];
                at[n - 1] = t;
            }
        }
        for (int j = n - 1; j > 0; j--) {
            at[j - 1] = from[j][at[j]];
        }
        return lowest;
    }
}
