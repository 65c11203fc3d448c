package org.switchboard.server.staffing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to simulate for one interval: the workload, the shapes of handle time and patience, the agents, redials and
 * lines, the service-level threshold, and how long to run. Shares are fractions 0–1 and times seconds, as in the REST
 * API. An invalid question cannot be built: every rule is checked here, and the message names the field, the value
 * and the rule. The run is bounded ({@value #MAX_CALLS} calls in all, redial probabilities at most
 * {@value #MAX_REDIAL}) so that one request stays around a second of one core.
 *
 * @param contacts fresh contacts offered in the interval, more than 0
 * @param intervalMinutes interval length in minutes, 1 to 1440
 * @param ahtSeconds mean handle time in seconds, more than 0
 * @param handleTime shape of the handle-time distribution; not {@link Shape#NONE}
 * @param handleTimeCv coefficient of variation of a log-normal handle time, 0 to {@value #MAX_CV}
 * @param agents agents N, 1 to {@value #MAX_AGENTS}
 * @param patienceSeconds mean patience in seconds, more than 0 (ignored when the patience shape is NONE)
 * @param patience shape of the patience distribution; {@link Shape#NONE} when nobody hangs up
 * @param patienceCv coefficient of variation of a log-normal patience, 0 to {@value #MAX_CV}
 * @param redialAfterAbandonment probability that an abandoning caller redials, 0 to {@value #MAX_REDIAL}
 * @param redialAfterBlocking probability that a blocked caller redials, 0 to {@value #MAX_REDIAL}
 * @param redialDelaySeconds mean time before a redial, more than 0
 * @param lines lines (answered plus waiting), at least {@code agents}; empty for unlimited
 * @param serviceLevelSeconds threshold T of the service level, 0 or more
 * @param replications independent replications, {@value #MIN_REPLICATIONS} to {@value #MAX_REPLICATIONS}
 * @param callsPerReplication fresh calls measured per replication, {@value #MIN_CALLS_PER_REPLICATION} or more
 * @param seed seed of the random numbers: the same seed gives the same result
 */
public record SimulationQuestion(
        double contacts,
        int intervalMinutes,
        double ahtSeconds,
        Shape handleTime,
        double handleTimeCv,
        int agents,
        double patienceSeconds,
        Shape patience,
        double patienceCv,
        double redialAfterAbandonment,
        double redialAfterBlocking,
        double redialDelaySeconds,
        OptionalInt lines,
        double serviceLevelSeconds,
        int replications,
        int callsPerReplication,
        long seed) {

    /** Most agents a simulation may have. */
    public static final int MAX_AGENTS = 10_000;

    /** Largest coefficient of variation of a log-normal. */
    public static final double MAX_CV = 10;

    /** Largest redial probability: more would multiply the attempts, and the run time, beyond the bound. */
    public static final double MAX_REDIAL = 0.8;

    /** Fewest replications: fewer give confidence intervals too wide to use. */
    public static final int MIN_REPLICATIONS = 5;

    /** Most replications. */
    public static final int MAX_REPLICATIONS = 50;

    /** Fewest calls per replication: fewer and the warm-up and the ratio bias dominate. */
    public static final int MIN_CALLS_PER_REPLICATION = 1_000;

    /** Most calls in all, replications × calls per replication: about a second of one core. */
    public static final long MAX_CALLS = 2_000_000;

    /** Validates every field. */
    public SimulationQuestion {
        require(Double.isFinite(contacts) && contacts > 0, "contacts per interval must be more than 0: %s", contacts);
        require(intervalMinutes >= 1 && intervalMinutes <= 1440, "interval length must be 1 to 1440 minutes: %s",
                intervalMinutes);
        require(Double.isFinite(ahtSeconds) && ahtSeconds > 0, "AHT must be more than 0 seconds: %s", ahtSeconds);
        require(handleTime != Shape.NONE, "handle-time distribution must be exponential, log-normal or deterministic%s",
                "");
        require(handleTimeCv >= 0 && handleTimeCv <= MAX_CV, "handle-time CV must be 0 to 10: %s", handleTimeCv);
        require(agents >= 1 && agents <= MAX_AGENTS, "agents must be 1 to 10000: %s", agents);
        require(
                patience == Shape.NONE || (Double.isFinite(patienceSeconds) && patienceSeconds > 0),
                "average patience must be more than 0 seconds: %s",
                patienceSeconds);
        require(patienceCv >= 0 && patienceCv <= MAX_CV, "patience CV must be 0 to 10: %s", patienceCv);
        require(
                redialAfterAbandonment >= 0 && redialAfterAbandonment <= MAX_REDIAL,
                "redial probability after abandonment must be 0 to 0.8: %s",
                redialAfterAbandonment);
        require(
                redialAfterBlocking >= 0 && redialAfterBlocking <= MAX_REDIAL,
                "redial probability after blocking must be 0 to 0.8: %s",
                redialAfterBlocking);
        require(
                Double.isFinite(redialDelaySeconds) && redialDelaySeconds > 0,
                "mean redial delay must be more than 0 seconds: %s",
                redialDelaySeconds);
        require(
                lines.isEmpty() || lines.getAsInt() >= agents,
                "lines must be at least the number of agents (%s)",
                agents);
        require(
                Double.isFinite(serviceLevelSeconds) && serviceLevelSeconds >= 0,
                "service-level threshold T must be 0 seconds or more: %s",
                serviceLevelSeconds);
        require(
                replications >= MIN_REPLICATIONS && replications <= MAX_REPLICATIONS,
                "replications must be 5 to 50: %s",
                replications);
        require(
                callsPerReplication >= MIN_CALLS_PER_REPLICATION,
                "calls per replication must be 1000 or more: %s",
                callsPerReplication);
        require(
                (long) replications * callsPerReplication <= MAX_CALLS,
                "calls per replication × replications must be at most 2000000: %s",
                (long) replications * callsPerReplication);
        require(
                offeredErlangs(contacts, intervalMinutes, ahtSeconds) <= IntervalQuestion.MAX_TRAFFIC_ERLANGS,
                "traffic (contacts × AHT / interval) must be at most 100000 Erlangs: %s",
                offeredErlangs(contacts, intervalMinutes, ahtSeconds));
        require(
                patience != Shape.NONE || lines.isPresent() || offeredErlangs(contacts, intervalMinutes, ahtSeconds)
                        < agents,
                "agents must exceed the offered load when nobody hangs up and lines are unlimited: %s",
                agents);
    }

    /** {@return the offered load of fresh calls in Erlangs, contacts × AHT / interval} */
    public double offeredErlangs() {
        return offeredErlangs(contacts, intervalMinutes, ahtSeconds);
    }

    /** {@return fresh arrivals per second} */
    public double arrivalsPerSecond() {
        return contacts / (intervalMinutes * 60.0);
    }

    /** {@return whether waiting callers hang up} */
    public boolean abandons() {
        return patience != Shape.NONE;
    }

    /** {@return whether anyone redials: a redial probability that can take effect} */
    public boolean redials() {
        return (abandons() && redialAfterAbandonment > 0) || (lines.isPresent() && redialAfterBlocking > 0);
    }

    private static double offeredErlangs(double contacts, int intervalMinutes, double ahtSeconds) {
        return contacts * ahtSeconds / (intervalMinutes * 60.0);
    }

    private static void require(boolean rule, String message, Object value) {
        if (!rule) {
            throw new IllegalArgumentException(message.formatted(value));
        }
    }

    /** The shape of a simulated time: handle time or patience. */
    public enum Shape {
        /** Exponential: the assumption of the Erlang formulas. */
        EXPONENTIAL,
        /** Log-normal with a given coefficient of variation, the usual shape of real handle times. */
        LOG_NORMAL,
        /** Always the mean. */
        DETERMINISTIC,
        /** Never ends: for patience, nobody hangs up. */
        NONE;

        /** {@return the name in the REST API, e.g. {@code log-normal}} */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * {@return the shape with this slug, if any}
         *
         * @param slug {@code exponential}, {@code log-normal}, {@code deterministic} or {@code none}
         */
        public static Optional<Shape> fromSlug(String slug) {
            return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
        }
    }
}
