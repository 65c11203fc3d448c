package org.switchboard.server.staffing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.stereotype.Service;
import org.switchboard.engine.staffing.ChatModel;
import org.switchboard.engine.staffing.ErlangA;
import org.switchboard.engine.staffing.ErlangB;
import org.switchboard.engine.staffing.ErlangC;
import org.switchboard.engine.staffing.QueueModel;
import org.switchboard.engine.staffing.QueuePerformance;
import org.switchboard.engine.staffing.ServiceTargets;
import org.switchboard.engine.staffing.StaffingSolver;
import org.switchboard.engine.staffing.Workload;

/**
 * Answers staffing questions with the engine's Erlang B, C and A: the required number of agents (or lines) for one
 * interval, the figures at a given number, and the table around the answer. Plain Java without state: the pages and
 * the REST API get it as a bean, the command line creates it without Spring.
 */
@Service
public class StaffingCalculator {

    /** Most agents or lines a question may ask to evaluate; far beyond any single queue. */
    public static final int MAX_AGENTS = 100_000;

    /**
     * Solves for the smallest number of agents meeting every target at once (Erlang C and A), or the smallest number
     * of lines with blocking at most the target (Erlang B).
     *
     * @param question the interval, model and targets
     * @return the figures at the required number
     */
    public IntervalAnswer solve(IntervalQuestion question) {
        if (question.model() == StaffingModel.ERLANG_B) {
            return evaluate(
                    question, Math.max(1, ErlangB.requiredServers(trafficErlangs(question), question.blockingTarget())));
        }
        var requirement = StaffingSolver.requiredAgents(
                queueModel(question), workload(question), targets(question), question.shrinkage());
        return answer(question, requirement.performance());
    }

    /**
     * Evaluates a given number of agents or lines.
     *
     * @param question the interval, model and targets
     * @param agents agents (Erlang C and A) or lines (Erlang B), 1 to {@value #MAX_AGENTS}
     * @return the figures at that number
     * @throws IllegalArgumentException if {@code agents} is out of range
     */
    public IntervalAnswer evaluate(IntervalQuestion question, int agents) {
        if (agents < 1 || agents > MAX_AGENTS) {
            throw new IllegalArgumentException(
                    "agents must be between 1 and %d: %d".formatted(MAX_AGENTS, agents));
        }
        if (question.model() == StaffingModel.ERLANG_B) {
            return erlangBAnswer(question, agents);
        }
        return answer(question, queueModel(question).evaluate(workload(question), agents, threshold(question)));
    }

    /**
     * The figures for every number of agents from {@code centre − radius} (at least 1) to {@code centre + radius}.
     *
     * @param question the interval, model and targets
     * @param centre the number in the middle, usually the answer of {@link #solve}
     * @param radius how many numbers on each side, 0 or more
     * @return one answer per number, ascending
     */
    public List<IntervalAnswer> around(IntervalQuestion question, int centre, int radius) {
        if (question.model() == StaffingModel.ERLANG_B) {
            var rows = new ArrayList<IntervalAnswer>();
            for (int n = Math.max(1, centre - radius); n <= centre + radius; n++) {
                rows.add(erlangBAnswer(question, n));
            }
            return List.copyOf(rows);
        }
        return StaffingSolver.around(queueModel(question), workload(question), threshold(question), centre, radius)
                .stream()
                .map(performance -> answer(question, performance))
                .toList();
    }

    /**
     * Lines, IVR ports or bot licences for a traffic with Erlang B, with the table of blocking around the answer.
     *
     * @param erlangs offered traffic in Erlangs, 0 or more
     * @param maxBlocking largest acceptable blocking probability, in (0, 1)
     * @param radius how many numbers of lines on each side of the answer in the table
     * @return the required number and the table
     * @throws IllegalArgumentException if the traffic or the blocking target is out of range
     */
    public LinesAnswer lines(double erlangs, double maxBlocking, int radius) {
        checkTraffic(erlangs, maxBlocking);
        int servers = Math.max(1, ErlangB.requiredServers(erlangs, maxBlocking));
        var rows = new ArrayList<LinesAnswer.Row>();
        for (int n = Math.max(1, servers - radius); n <= servers + radius; n++) {
            rows.add(LinesAnswer.Row.of(n, erlangs, ErlangB.blocking(n, erlangs), maxBlocking));
        }
        return new LinesAnswer(erlangs, maxBlocking, servers, ErlangB.blocking(servers, erlangs), rows);
    }

    /**
     * The blocking of a given number of lines, IVR ports or bot licences with Erlang B.
     *
     * @param servers lines (ports, licences), 1 to {@value #MAX_AGENTS}
     * @param erlangs offered traffic in Erlangs, 0 or more
     * @param maxBlocking the blocking target the row is checked against, in (0, 1)
     * @return blocking, carried traffic and occupancy at that number
     * @throws IllegalArgumentException if an argument is out of range
     */
    public LinesAnswer.Row blockingAt(int servers, double erlangs, double maxBlocking) {
        if (servers < 1 || servers > MAX_AGENTS) {
            throw new IllegalArgumentException("servers must be between 1 and %d: %d".formatted(MAX_AGENTS, servers));
        }
        checkTraffic(erlangs, maxBlocking);
        return LinesAnswer.Row.of(servers, erlangs, ErlangB.blocking(servers, erlangs), maxBlocking);
    }

    /**
     * The seats, trunk lines and IVR ports of a new centre from its peak interval (formulas on {@link CapacityPlan}).
     *
     * @param question the peak interval and the planning factors
     * @return the plan
     * @throws IllegalArgumentException if the entered peak agents cannot carry the peak traffic (unstable queue)
     */
    public CapacityPlan capacity(CapacityQuestion question) {
        var peak = question.peak();
        var atPeak = question.peakAgents().isPresent()
                ? evaluate(peak, question.peakAgents().getAsInt())
                : solve(peak);
        if (!atPeak.stable()) {
            throw new IllegalArgumentException("peak agents must be more than the peak traffic of %.2f Erlangs: %d"
                    .formatted(atPeak.trafficErlangs(), atPeak.agents()));
        }
        double callsPerSecond = peak.contacts() / (peak.intervalMinutes() * 60.0);
        double meanWait = atPeak.meanWaitAllSeconds().orElseThrow();
        double holding = peak.ahtSeconds() - question.wrapUpSeconds() + question.ivrSeconds() + meanWait;
        double lineErlangs = callsPerSecond * holding;
        int lines = Math.max(1, ErlangB.requiredServers(lineErlangs, question.blockingTarget()));
        double ivrErlangs = callsPerSecond * question.ivrSeconds();
        int ports = ivrErlangs > 0 ? Math.max(1, ErlangB.requiredServers(ivrErlangs, question.blockingTarget())) : 0;
        double fte = atPeak.agents() / (1 - peak.shrinkage());
        int seats = Math.max(atPeak.agents(), (int) Math.ceil(fte / question.seatSharing() - 1e-9));
        return new CapacityPlan(
                atPeak.agents(),
                question.peakAgents().isEmpty(),
                atPeak.trafficErlangs(),
                meanWait,
                fte,
                seats,
                holding,
                lineErlangs,
                lines,
                ErlangB.blocking(lines, lineErlangs),
                ivrErlangs,
                ports,
                ports > 0 ? ErlangB.blocking(ports, ivrErlangs) : 0);
    }

    /** {@return the offered load A in Erlangs the model works with, after the chat model for concurrent chats} */
    public double trafficErlangs(IntervalQuestion question) {
        return workload(question).erlangs();
    }

    private static void checkTraffic(double erlangs, double maxBlocking) {
        if (!Double.isFinite(erlangs) || erlangs < 0) {
            throw new IllegalArgumentException("traffic must be 0 Erlangs or more: " + erlangs);
        }
        if (!Double.isFinite(maxBlocking) || maxBlocking <= 0 || maxBlocking >= 1) {
            throw new IllegalArgumentException("blocking target must be more than 0 and less than 1: " + maxBlocking);
        }
    }

    private IntervalAnswer erlangBAnswer(IntervalQuestion question, int lines) {
        double erlangs = trafficErlangs(question);
        double blocking = ErlangB.blocking(lines, erlangs);
        return new IntervalAnswer(
                StaffingModel.ERLANG_B,
                lines,
                erlangs,
                true,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.of(erlangs * (1 - blocking) / lines),
                OptionalDouble.of(blocking),
                lines / (1 - question.shrinkage()),
                blocking <= question.blockingTarget());
    }

    private static IntervalAnswer answer(IntervalQuestion question, QueuePerformance performance) {
        boolean stable = performance.stable();
        return new IntervalAnswer(
                question.model(),
                performance.agents(),
                performance.trafficErlangs(),
                stable,
                OptionalDouble.of(performance.serviceLevel()),
                IntervalAnswer.finite(performance.asaSeconds()),
                IntervalAnswer.finite(performance.meanWaitAllSeconds()),
                OptionalDouble.of(performance.probWait()),
                OptionalDouble.of(performance.probAbandon()),
                IntervalAnswer.finite(performance.averageQueueLength()),
                OptionalDouble.of(performance.occupancy()),
                OptionalDouble.empty(),
                performance.agents() / (1 - question.shrinkage()),
                meetsTargets(question, performance));
    }

    private static boolean meetsTargets(IntervalQuestion question, QueuePerformance performance) {
        return performance.stable() && targets(question).isMetBy(performance);
    }

    private static Workload workload(IntervalQuestion question) {
        var contacts = Workload.of(question.contacts(), question.intervalMinutes(), question.ahtSeconds());
        if (!question.isConcurrentChat()) {
            return contacts;
        }
        return new ChatModel(question.chatConcurrency(), question.handleTimeGrowth()).effectiveWorkload(contacts);
    }

    private static QueueModel queueModel(IntervalQuestion question) {
        return switch (question.model()) {
            case ERLANG_C -> new ErlangC();
            case ERLANG_A -> new ErlangA(seconds(question.patienceSeconds().orElseThrow()));
            case ERLANG_B -> throw new IllegalArgumentException("Erlang B has no queue: use lines()");
        };
    }

    private static ServiceTargets targets(IntervalQuestion question) {
        var threshold = threshold(question);
        var targets = question.serviceLevelTarget().isPresent()
                ? ServiceTargets.serviceLevel(question.serviceLevelTarget().getAsDouble(), threshold)
                : ServiceTargets.none(threshold);
        if (question.maxAsaSeconds().isPresent()) {
            targets = targets.withMaxAsa(seconds(question.maxAsaSeconds().getAsDouble()));
        }
        if (question.maxAbandonRate().isPresent()) {
            targets = targets.withMaxAbandonRate(question.maxAbandonRate().getAsDouble());
        }
        if (question.maxOccupancy().isPresent()) {
            targets = targets.withMaxOccupancy(question.maxOccupancy().getAsDouble());
        }
        return targets;
    }

    private static Duration threshold(IntervalQuestion question) {
        return seconds(question.serviceLevelSeconds());
    }

    /** {@return a duration of fractional seconds, to the nanosecond} */
    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
