package org.switchboard.engine.scheduling.internal;

/**
 * Places the breaks of every shift where they cost least on the current coverage. For one shift, with c_j(t) the
 * cost change of taking break j at offset t (one agent less in its intervals), the best placement in order and with
 * the gaps kept is the dynamic programme
 * <pre>
 *   best_0(t) = c_0(t)
 *   best_j(t) = c_j(t) + min { best_{j−1}(t') : t' + length_{j−1} + gap ≤ t }
 * </pre>
 * over each break's window. The shifts are placed one after another, then each is lifted and placed again once more
 * against all the others (a second pass of coordinate descent).
 */
final class BreakPlacement {

    private static final int PASSES = 2;

    private final Instance instance;
    private final Roster roster;
    private final Coverage coverage;
    private final int[][][] offsets;

    private BreakPlacement(Instance instance, Roster roster) {
        this.instance = instance;
        this.roster = roster;
        this.coverage = new Coverage(instance);
        int agents = roster.kind.length;
        this.offsets = new int[agents][instance.days][];
    }

    /** {@return the break offsets in intervals after the shift start, {@code [agent][day][break]}; null where no shift} */
    static int[][][] place(Instance instance, Roster roster) {
        var placement = new BreakPlacement(instance, roster);
        placement.run();
        return placement.offsets;
    }

    private void run() {
        forEachShift((a, d, kind, skill) -> coverage.add(skill, instance.startInterval(d, kind), kind.lengthIntervals(), 1));
        for (int pass = 0; pass < PASSES; pass++) {
            forEachShift((a, d, kind, skill) -> {
                int start = instance.startInterval(d, kind);
                if (offsets[a][d] != null) {
                    apply(kind, skill, start, offsets[a][d], 1);
                }
                offsets[a][d] = best(kind, skill, start);
                apply(kind, skill, start, offsets[a][d], -1);
            });
        }
    }

    private void apply(ShiftKind kind, int skill, int start, int[] at, int sign) {
        for (int j = 0; j < at.length; j++) {
            coverage.add(skill, start + at[j], kind.breakLength()[j], sign);
        }
    }

    private int[] best(ShiftKind kind, int skill, int start) {
        int n = kind.breaks();
        int span = kind.lengthIntervals() + 1;
        var best = new double[n][span];
        var from = new int[n][span];
        for (int j = 0; j < n; j++) {
            double prefix = Double.POSITIVE_INFINITY;
            int prefixAt = -1;
            int scanned = 0;
            for (int t = kind.breakEarliest()[j]; t <= kind.breakLatest()[j]; t++) {
                double before = 0;
                if (j > 0) {
                    int limit = t - kind.breakLength()[j - 1] - kind.gapIntervals();
                    for (; scanned <= limit; scanned++) {
                        if (scanned >= kind.breakEarliest()[j - 1] && scanned <= kind.breakLatest()[j - 1]
                                && best[j - 1][scanned] < prefix) {
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
        var at = new int[n];
        if (n == 0) {
            return at;
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
        return at;
    }

    private interface ShiftVisitor {
        void visit(int agent, int day, ShiftKind kind, int skill);
    }

    private void forEachShift(ShiftVisitor visitor) {
        for (int a = 0; a < roster.kind.length; a++) {
            for (int d = 0; d < instance.days; d++) {
                if (roster.works(a, d)) {
                    visitor.visit(a, d, instance.catalog.get(roster.kind[a][d]), roster.skill[a][d]);
                }
            }
        }
    }
}
