package org.switchboard.engine.scheduling.internal;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/*
 * The covering model, a relaxation of the real problem (every schedule keeping the hard rules gives a feasible point
 * with the same objective, so its optimum — and any dual bound of it — is a lower bound of the real optimum):
 *
 *   x[g,d,c,k] ≥ 0   shifts of kind c on day d worked on skill k by agents of group g
 *   b[d,c,k,j,t] ≥ 0 of those, shifts taking break j at offset t (Aykin's explicit break variables; the order and gap
 *                    of breaks only narrow each window, independent placement relaxes the joint rule)
 *   u[k,i], o[k,i] ≥ 0 under- and over-staffing of skill k in interval i
 *   y[g,w,p] ≥ 0     agents of g whose days off in week w contain pattern p
 *
 *   Σ_{shifts covering i} x − Σ_{breaks covering i} b + u − o = required[k,i]
 *   Σ_t b[d,c,k,j,t] = Σ_g x[g,d,c,k]                     every shift takes each break once
 *   Σ_{c,k} x[g,d,c,k] ≤ agents of g available on day d      one shift per agent and day, leave
 *   Σ_p y[g,w,p] = |g|,  Σ_{c,k} x[g,d,c,k] ≤ Σ_{p ∌ d} y[g,w,p]   days off of each week
 *   Σ_a minHours(a,w) ≤ Σ paid hours of x in week w ≤ Σ_a maxHours(a,w);  the same for shifts and night shifts
 *
 *   minimise Σ (w_under·h·u + w_over·h·o + e) + w_paid · Σ paid hours(c) · x
 *   with e[k,i] the integer-rounding cut of roundingCut (staff on duty is a whole number in every real schedule)
 *
 * Rest between shifts, maximum consecutive days and per-agent hours are relaxed (aggregated or dropped).
 * Sources: M. Aykin, "Optimal shift scheduling with multiple break windows", Management Science 42(4), 1996;
 * G. B. Dantzig, "A comment on Edie's traffic delays at toll booths", Operations Research 2(3), 1954 (set covering).
 */
/** Builds and solves the linear relaxation of the covering model with OR-Tools' GLOP. */
public final class CoveringModel {

    private final Instance instance;
    private final MPSolver solver;
    private final MPVariable[][][][] x;

    private CoveringModel(Instance instance, MPSolver solver) {
        this.instance = instance;
        this.solver = solver;
        this.x = new MPVariable[instance.groups.size()][instance.days][][];
        build();
    }

    /**
     * Solves the linear relaxation of the covering model with GLOP.
     *
     * @param instance the instance
     * @param seconds time limit
     * @param onStop receives the action that interrupts this solve
     * @return the LP optimum as the bound, and its shift counts rounded to whole shifts
     */
    public static CoveringSolution solve(Instance instance, double seconds, Consumer<Runnable> onStop) {
        var solver = MPSolver.createSolver("GLOP");
        try {
            var model = new CoveringModel(instance, solver);
            solver.setTimeLimit(Math.max(1, (long) (seconds * 1000)));
            // the dual simplex suits covering LPs: the all-slack start is dual feasible with non-negative costs
            solver.setSolverSpecificParametersAsString("use_dual_simplex: true");
            onStop.accept(solver::interruptSolve);
            var status = solver.solve();
            onStop.accept(() -> {});
            return model.answer(status);
        } finally {
            solver.delete();
        }
    }

    private CoveringSolution answer(MPSolver.ResultStatus status) {
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            return new CoveringSolution(OptionalDouble.empty(), new int[0][][]);
        }
        return new CoveringSolution(OptionalDouble.of(solver.objective().value()), counts());
    }

    /**
     * Rounds the LP's shift counts to whole shifts by cumulative rounding over the kinds in catalogue order (start
     * time within each template): count_c = round(Σ_{c' ≤ c} x_c') − round(Σ_{c' < c} x_c'), which keeps each day's
     * total within half a shift of the LP's and spreads the fractions over neighbouring starts.
     */
    private int[][][] counts() {
        var counts = new int[x.length][instance.days][];
        for (int g = 0; g < x.length; g++) {
            int kinds = instance.catalog.size();
            int skills = instance.groups.get(g).skills().length;
            for (int d = 0; d < instance.days; d++) {
                counts[g][d] = new int[kinds * skills];
                for (int s = 0; s < skills; s++) {
                    double cumulative = 0;
                    long previous = 0;
                    for (int c = 0; c < kinds; c++) {
                        cumulative += x[g][d][c][s].solutionValue();
                        long rounded = Math.round(cumulative);
                        counts[g][d][c * skills + s] = (int) Math.max(0, rounded - previous);
                        previous = Math.max(previous, rounded);
                    }
                }
            }
        }
        return counts;
    }

    private void build() {
        var coverage = coverageRows();
        var objective = solver.objective();
        double paidWeight = instance.problem.weights().paidHour();
        var kinds = instance.catalog.kinds();
        for (int g = 0; g < x.length; g++) {
            var group = instance.groups.get(g);
            for (int d = 0; d < instance.days; d++) {
                x[g][d] = new MPVariable[kinds.size()][group.skills().length];
                for (int c = 0; c < kinds.size(); c++) {
                    var kind = kinds.get(c);
                    for (int s = 0; s < group.skills().length; s++) {
                        var variable = solver.makeNumVar(0, group.agents().length, "");
                        x[g][d][c][s] = variable;
                        objective.setCoefficient(variable, paidWeight * kind.paidMinutes() / 60.0);
                        cover(coverage[group.skills()[s]], instance.startInterval(d, kind), kind.lengthIntervals(), variable, 1);
                    }
                }
            }
        }
        breakRows(coverage);
        for (int g = 0; g < x.length; g++) {
            dayRows(g);
            weekRows(g);
        }
        objective.setMinimization();
    }

    private MPConstraint[][] coverageRows() {
        var weights = instance.problem.weights();
        double hours = instance.intervalHours();
        var rows = new MPConstraint[instance.required.length][instance.intervals];
        var objective = solver.objective();
        for (int k = 0; k < rows.length; k++) {
            for (int i = 0; i < instance.intervals; i++) {
                double required = instance.required[k][i];
                var row = solver.makeConstraint(required, required, "");
                var under = solver.makeNumVar(0, MPSolver.infinity(), "");
                var over = solver.makeNumVar(0, MPSolver.infinity(), "");
                row.setCoefficient(under, 1);
                row.setCoefficient(over, -1);
                double underCost = weights.understaffedHour() * hours;
                double overCost = weights.overstaffedHour() * hours;
                objective.setCoefficient(under, underCost);
                objective.setCoefficient(over, overCost);
                roundingCut(required, under, over, underCost, overCost);
                rows[k][i] = row;
            }
        }
        return rows;
    }

    /**
     * Staff on duty in an interval is a whole number in every schedule (shifts and breaks lie on the grid), so the
     * interval's cost is at least the chord of the convex cost f(v) = a·max(0, r − v) + b·max(0, v − r) between
     * ⌊r⌋ and ⌈r⌉: L(v) = f(⌊r⌋) + (f(⌈r⌉) − f(⌊r⌋))·(v − ⌊r⌋), which lies below f at every integer. With
     * v = r − u + o an extra cost e ≥ L(v) − a·u − b·o, e ≥ 0, cuts off the fractional staffing the LP would
     * otherwise use, and no integer one.
     */
    private void roundingCut(double required, MPVariable under, MPVariable over, double a, double b) {
        double floor = Math.floor(required);
        if (required - floor < 1e-9) {
            return;
        }
        double atFloor = a * (required - floor);
        double slope = b * (floor + 1 - required) - atFloor;
        // e + (a + slope)·u + (b − slope)·o ≥ atFloor + slope·(r − ⌊r⌋)
        var extra = solver.makeNumVar(0, MPSolver.infinity(), "");
        solver.objective().setCoefficient(extra, 1);
        var cut = solver.makeConstraint(atFloor + slope * (required - floor), MPSolver.infinity(), "");
        cut.setCoefficient(extra, 1);
        cut.setCoefficient(under, a + slope);
        cut.setCoefficient(over, b - slope);
    }

    private void cover(MPConstraint[] rows, int first, int length, MPVariable variable, double sign) {
        int end = Math.min(rows.length, first + length);
        for (int i = Math.max(0, first); i < end; i++) {
            rows[i].setCoefficient(variable, sign);
        }
    }

    private void breakRows(MPConstraint[][] coverage) {
        var kinds = instance.catalog.kinds();
        int skills = instance.required.length;
        for (int d = 0; d < instance.days; d++) {
            for (int c = 0; c < kinds.size(); c++) {
                var kind = kinds.get(c);
                for (int k = 0; k < skills; k++) {
                    for (int j = 0; j < kind.breaks(); j++) {
                        var link = solver.makeConstraint(0, 0, "");
                        boolean used = false;
                        for (int g = 0; g < x.length; g++) {
                            int s = indexOf(instance.groups.get(g).skills(), k);
                            if (s >= 0) {
                                link.setCoefficient(x[g][d][c][s], -1);
                                used = true;
                            }
                        }
                        if (!used) {
                            continue;
                        }
                        for (int t = kind.breakEarliest()[j]; t <= kind.breakLatest()[j]; t++) {
                            var placed = solver.makeNumVar(0, MPSolver.infinity(), "");
                            link.setCoefficient(placed, 1);
                            cover(coverage[k], instance.startInterval(d, kind) + t, kind.breakLength()[j], placed, -1);
                        }
                    }
                }
            }
        }
    }

    private void dayRows(int g) {
        var group = instance.groups.get(g);
        for (int w = 0; w < instance.weeks(); w++) {
            int first = 7 * w;
            var week = instance.weeks[group.agents()[0]][w];
            var patterns = DayOffPatterns.of(week);
            var pattern = new MPVariable[patterns.size()];
            var total = solver.makeConstraint(group.agents().length, group.agents().length, "");
            for (int p = 0; p < pattern.length; p++) {
                pattern[p] = solver.makeNumVar(0, group.agents().length, "");
                total.setCoefficient(pattern[p], 1);
            }
            for (int d = first; d < first + week.days(); d++) {
                int availableAgents = 0;
                for (int a : group.agents()) {
                    availableAgents += instance.available[a][d] ? 1 : 0;
                }
                var cap = solver.makeConstraint(-MPSolver.infinity(), availableAgents, "");
                var tour = solver.makeConstraint(-MPSolver.infinity(), 0, "");
                for (var row : x[g][d]) {
                    for (var variable : row) {
                        cap.setCoefficient(variable, 1);
                        tour.setCoefficient(variable, 1);
                    }
                }
                for (int p = 0; p < pattern.length; p++) {
                    if (!patterns.get(p)[d - first]) {
                        tour.setCoefficient(pattern[p], -1);
                    }
                }
            }
        }
    }

    private void weekRows(int g) {
        var group = instance.groups.get(g);
        var kinds = instance.catalog.kinds();
        for (int w = 0; w < instance.weeks(); w++) {
            double minHours = 0;
            double maxHours = 0;
            double minShifts = 0;
            double maxShifts = 0;
            double maxNights = 0;
            for (int a : group.agents()) {
                var rules = instance.weeks[a][w];
                int availableDays = 0;
                for (int d = 7 * w; d < 7 * w + rules.days(); d++) {
                    availableDays += instance.available[a][d] ? 1 : 0;
                }
                minHours += rules.minHours();
                maxHours += rules.maxHours();
                minShifts += rules.minShifts();
                maxShifts += Math.min(rules.maxShifts(), availableDays);
                maxNights += Math.min(rules.maxNightShifts(), availableDays);
            }
            var hours = solver.makeConstraint(minHours - 1e-6, maxHours + 1e-6, "");
            var shifts = solver.makeConstraint(minShifts, maxShifts, "");
            var nights = solver.makeConstraint(-MPSolver.infinity(), maxNights, "");
            for (int d = 7 * w; d < Math.min(instance.days, 7 * w + 7); d++) {
                for (int c = 0; c < kinds.size(); c++) {
                    var kind = kinds.get(c);
                    for (var variable : x[g][d][c]) {
                        hours.setCoefficient(variable, kind.paidMinutes() / 60.0);
                        shifts.setCoefficient(variable, 1);
                        nights.setCoefficient(variable, kind.night() ? 1 : 0);
                    }
                }
            }
        }
    }

    static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
