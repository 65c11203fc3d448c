package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.engine.staffing.internal.InverseBlocking;
import org.switchboard.engine.staffing.internal.MmnQueue;
import org.switchboard.engine.staffing.internal.PalmQueue;

/**
 * Required agents: the smallest N that meets every present target at once, and the table of performance per N around
 * it (wfm.md "Staffing requirements").
 *
 * <pre>
 *   N* = min { N ≥ 1 (and N &gt; A for Erlang C) : SL(T) ≥ target, ASA ≤ max, P(abandon) ≤ max, occupancy ≤ max }
 *   FTE = N* / (1 − shrinkage)
 * </pre>
 * Every figure is monotone in N (SL rises, ASA, abandonment and occupancy fall), so the feasible set is
 * {N*, N* + 1, …}. Erlang C steps N up from max(⌊A⌋ + 1, ⌊A / maxOccupancy⌋) carrying the Erlang B recurrence
 * along (started from a direct sum at ⌊A⌋, see the internal {@code InverseBlocking}), so a solve costs about
 * 9·√A multiply-adds plus one exponential per candidate N. Erlang A gallops from ⌈A⌉ in steps
 * of √A/4, doubling, to bracket the answer, then narrows the bracket by false position on the smallest relative
 * slack of the targets (bisecting when one end moves twice running); the recurrence values are kept in one table for
 * the solve, and each candidate costs one pass of the Erlang A sums (5–6 candidates per solve at 1–500 Erlangs,
 * about 10 when impatient callers put the answer well below A).
 *
 * {@snippet :
 * var workload = Workload.of(100, 30, 180);                       // 10 Erlangs
 * var targets = ServiceTargets.serviceLevel(0.8, Duration.ofSeconds(20));
 * var requirement = StaffingSolver.requiredAgents(new ErlangC(), workload, targets, 0.3);
 * // requirement.agents() == 14, requirement.fte() == 20.0
 * }
 */
public final class StaffingSolver {

    /** Above this many agents the solver gives up: no real queue needs it and the tables would not fit. */
    public static final int MAX_AGENTS = 10_000_000;

    private StaffingSolver() {}

    /**
     * Finds the smallest number of agents meeting every present target. Without any target: the smallest stable N
     * (⌊A⌋ + 1) for Erlang C, max(1, ⌈A⌉) for Erlang A.
     *
     * @param model Erlang C or Erlang A
     * @param workload the offered workload
     * @param targets the targets to meet at once; the threshold defines the SL(T) reported
     * @param shrinkage share of paid time unavailable for contacts, in [0, 1)
     * @return N*, its FTE and its performance
     * @throws IllegalArgumentException if shrinkage is outside [0, 1), or more than {@value #MAX_AGENTS} agents would
     *     be needed
     */
    public static Requirement requiredAgents(
            QueueModel model, Workload workload, ServiceTargets targets, double shrinkage) {
        requireArgument(shrinkage >= 0 && shrinkage < 1, "shrinkage must be in [0, 1): shrinkage=%s", shrinkage);
        var erlangs = workload.erlangs();
        requireArgument(
                erlangs < MAX_AGENTS, "offered load above %d Erlangs: erlangs=%s", MAX_AGENTS, erlangs);
        var goal = Goal.of(targets, workload.ahtSeconds());
        var performance =
                switch (model) {
                    case ErlangC erlangC -> requiredErlangC(erlangs, goal);
                    case ErlangA erlangA -> requiredErlangA(erlangs, erlangA.patienceSeconds(), goal);
                };
        int agents = performance.agents();
        return new Requirement(agents, agents / (1 - shrinkage), performance);
    }

    /**
     * The performance for each N from max(1, centre − radius) to centre + radius, in increasing N: the calculator's
     * table and the data of its charts.
     *
     * @param model Erlang C or Erlang A
     * @param workload the offered workload
     * @param threshold the service-level threshold T, {@code >= 0}
     * @param centre the N in the middle, {@code >= 1}
     * @param radius how many N on each side, {@code >= 0}
     * @return one performance per N
     * @throws IllegalArgumentException if centre &lt; 1, radius &lt; 0, the range passes {@value #MAX_AGENTS} or the
     *     threshold is negative
     */
    public static List<QueuePerformance> around(
            QueueModel model, Workload workload, Duration threshold, int centre, int radius) {
        requireArgument(centre >= 1, "centre must be at least 1: centre=%d", centre);
        requireArgument(radius >= 0, "radius must not be negative: radius=%d", radius);
        requireArgument(
                (long) centre + radius <= MAX_AGENTS,
                "centre + radius must not exceed %d: centre=%d, radius=%d",
                MAX_AGENTS,
                centre,
                radius);
        int first = Math.max(1, centre - radius);
        var table = new ArrayList<QueuePerformance>(centre + radius - first + 1);
        for (int agents = first; agents <= centre + radius; agents++) {
            table.add(model.evaluate(workload, agents, threshold));
        }
        return List.copyOf(table);
    }

    private static QueuePerformance requiredErlangC(double erlangs, Goal goal) {
        int agents = (int) Math.floor(erlangs) + 1;
        if (!goal.any()) {
            return ErlangC.performance(
                    agents, erlangs, InverseBlocking.at(agents, erlangs), goal.aht(), goal.thresholdSeconds());
        }
        agents = Math.max(agents, (int) Math.min(MAX_AGENTS, Math.floor(erlangs / goal.maxOccupancy())));
        var inverse = InverseBlocking.at(agents - 1, erlangs);
        var inverseErlangs = 1 / erlangs;
        for (; agents <= MAX_AGENTS; agents++) {
            // The same operation as InverseBlocking, so the answer agrees bit for bit with evaluate().
            inverse = 1 + agents * inverseErlangs * inverse;
            if (agents <= erlangs) {
                continue;
            }
            var probWait = MmnQueue.waitProbability(agents, erlangs, inverse);
            var serviceLevel = MmnQueue.serviceLevel(probWait, agents, erlangs, goal.aht(), goal.thresholdSeconds());
            var asa = MmnQueue.asaSeconds(probWait, agents, erlangs, goal.aht());
            if (goal.isMet(serviceLevel, asa, 0, erlangs / agents)) {
                return ErlangC.performance(agents, erlangs, inverse, goal.aht(), goal.thresholdSeconds());
            }
        }
        throw tooManyAgents(erlangs);
    }

    private static QueuePerformance requiredErlangA(double erlangs, double patienceSeconds, Goal goal) {
        int start = (int) Math.max(1, Math.min(MAX_AGENTS, Math.ceil(erlangs)));
        var search = new ErlangASearch(erlangs, patienceSeconds, goal);
        if (!goal.any()) {
            return search.performance(start);
        }
        // Bracket the answer in (failing, meeting] by galloping from ⌈A⌉ ...
        int step = Math.max(1, (int) (Math.sqrt(erlangs) / 4));
        int failing = 0;
        int meeting;
        double failingMargin = -1;
        double meetingMargin;
        if (search.isMet(start)) {
            meeting = start;
            meetingMargin = search.margin();
            while (meeting > 1) {
                int candidate = Math.max(1, meeting - step);
                if (!search.isMet(candidate)) {
                    failing = candidate;
                    failingMargin = search.margin();
                    break;
                }
                meeting = candidate;
                meetingMargin = search.margin();
                step *= 2;
            }
        } else {
            failing = start;
            failingMargin = search.margin();
            while (true) {
                long candidate = (long) failing + step;
                if (candidate > MAX_AGENTS) {
                    throw tooManyAgents(erlangs);
                }
                if (search.isMet((int) candidate)) {
                    meeting = (int) candidate;
                    meetingMargin = search.margin();
                    break;
                }
                failing = (int) candidate;
                failingMargin = search.margin();
                step = (int) Math.min(MAX_AGENTS, 2L * step);
            }
        }
        // ... then narrow it by false position on the smallest relative slack, with a bisection whenever the same end
        // moved twice running (the Illinois safeguard against one-sided convergence). Every figure is smooth in N, so
        // the first guess usually lands on the answer and one more evaluation confirms N − 1 fails.
        int sameEnd = 0;
        while (meeting - failing > 1) {
            int guess;
            if (Math.abs(sameEnd) >= 2 || !(meetingMargin > failingMargin)) {
                guess = (failing + meeting) >>> 1;
            } else {
                double fraction = -failingMargin / (meetingMargin - failingMargin);
                guess = failing + (int) Math.ceil(fraction * (meeting - failing));
                guess = Math.min(meeting - 1, Math.max(failing + 1, guess));
            }
            if (search.isMet(guess)) {
                meeting = guess;
                meetingMargin = search.margin();
                sameEnd = sameEnd > 0 ? sameEnd + 1 : 1;
            } else {
                failing = guess;
                failingMargin = search.margin();
                sameEnd = sameEnd < 0 ? sameEnd - 1 : -1;
            }
        }
        return search.performance(meeting);
    }

    private static IllegalArgumentException tooManyAgents(double erlangs) {
        return new IllegalArgumentException(
                "targets need more than %d agents: erlangs=%s".formatted(MAX_AGENTS, erlangs));
    }

    /** The targets as primitives, absent ones as bounds every queue meets. */
    private record Goal(
            boolean any,
            double serviceLevel,
            double maxAsaSeconds,
            double maxAbandon,
            double maxOccupancy,
            double aht,
            double thresholdSeconds) {

        static Goal of(ServiceTargets targets, double ahtSeconds) {
            return new Goal(
                    targets.hasAnyTarget(),
                    targets.serviceLevel().orElse(0),
                    targets.maxAsa().map(Workload::seconds).orElse(Double.POSITIVE_INFINITY),
                    targets.maxAbandonRate().orElse(1),
                    targets.maxOccupancy().orElse(1),
                    ahtSeconds,
                    Workload.seconds(targets.serviceLevelThreshold()));
        }

        /**
         * The smallest relative slack over the present targets: ≥ 0 roughly when all are met, and rising with N. Only
         * guides the search; {@link #isMet} decides.
         */
        double margin(double achievedServiceLevel, double asaSeconds, double probAbandon, double occupancy) {
            double margin = Double.POSITIVE_INFINITY;
            if (serviceLevel > 0) {
                margin = Math.min(margin, (achievedServiceLevel - serviceLevel) / serviceLevel);
            }
            if (maxAsaSeconds < Double.POSITIVE_INFINITY) {
                margin = Math.min(margin, (maxAsaSeconds - asaSeconds) / maxAsaSeconds);
            }
            if (maxAbandon < 1) {
                margin = Math.min(margin, (maxAbandon - probAbandon) / maxAbandon);
            }
            if (maxOccupancy < 1) {
                margin = Math.min(margin, (maxOccupancy - occupancy) / maxOccupancy);
            }
            return margin;
        }

        boolean isMet(double achievedServiceLevel, double asaSeconds, double probAbandon, double occupancy) {
            return achievedServiceLevel >= serviceLevel
                    && asaSeconds <= maxAsaSeconds
                    && probAbandon <= maxAbandon
                    && occupancy <= maxOccupancy;
        }
    }

    /**
     * One Erlang A solve: the recurrence table and two evaluators, reused across candidate N; the figures of the last
     * N that met the targets are kept, so the answer is not evaluated twice.
     */
    private static final class ErlangASearch {
        private final double erlangs;
        private final double patienceSeconds;
        private final Goal goal;
        private final InverseBlocking inverse;
        private PalmQueue current = new PalmQueue();
        private PalmQueue lastMet = new PalmQueue();
        private int lastMetAgents = -1;
        private double margin;

        ErlangASearch(double erlangs, double patienceSeconds, Goal goal) {
            this.erlangs = erlangs;
            this.patienceSeconds = patienceSeconds;
            this.goal = goal;
            this.inverse = new InverseBlocking(erlangs);
        }

        boolean isMet(int agents) {
            var queue = current;
            queue.evaluate(
                    agents, erlangs, inverse.get(agents - 1), goal.aht(), patienceSeconds, goal.thresholdSeconds());
            margin = goal.margin(queue.serviceLevel, queue.asaSeconds, queue.probAbandon, queue.occupancy);
            boolean met = goal.isMet(queue.serviceLevel, queue.asaSeconds, queue.probAbandon, queue.occupancy);
            if (met) {
                current = lastMet;
                lastMet = queue;
                lastMetAgents = agents;
            }
            return met;
        }

        /** {@return the slack of the last evaluation} */
        double margin() {
            return margin;
        }

        QueuePerformance performance(int agents) {
            if (lastMetAgents != agents) {
                isMet(agents);
                return ErlangA.performance(lastMetAgents == agents ? lastMet : current, agents, erlangs);
            }
            return ErlangA.performance(lastMet, agents, erlangs);
        }
    }
}
