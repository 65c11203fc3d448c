package org.switchboard.server.staffing;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A staffing question for one interval: the workload, the model, the targets to meet at once and the planning
 * factors. Shares are fractions 0–1 and times are seconds, as on the command line and in the REST API. An invalid
 * question cannot be built: every rule is checked here, and the message names the field, the value and the rule.
 *
 * @param model queueing model
 * @param contacts contacts offered in the interval, 0 or more
 * @param intervalMinutes length of the interval in minutes, more than 0
 * @param ahtSeconds average handle time in seconds, more than 0
 * @param serviceLevelTarget share of contacts to answer within {@code serviceLevelSeconds}, in (0, 1]; empty: no target
 * @param serviceLevelSeconds threshold T of the service level in seconds, 0 or more (also used when there is no target)
 * @param maxAsaSeconds largest acceptable average speed of answer in seconds, more than 0; empty: no target
 * @param maxAbandonRate largest acceptable share of abandoned contacts, in (0, 1]; empty: no target
 * @param maxOccupancy largest acceptable agent occupancy, in (0, 1]; empty: no limit
 * @param patienceSeconds mean patience of waiting customers in seconds, more than 0; required for Erlang A
 * @param shrinkage share of paid time not available for contacts, in [0, 1)
 * @param chatConcurrency sessions an agent handles at once, 1 or more (1 for calls)
 * @param handleTimeGrowth growth of each session's handle time per extra concurrent session, 0 or more
 * @param blockingTarget largest acceptable blocking probability for Erlang B, in (0, 1)
 */
public record IntervalQuestion(
        StaffingModel model,
        double contacts,
        int intervalMinutes,
        double ahtSeconds,
        OptionalDouble serviceLevelTarget,
        double serviceLevelSeconds,
        OptionalDouble maxAsaSeconds,
        OptionalDouble maxAbandonRate,
        OptionalDouble maxOccupancy,
        OptionalDouble patienceSeconds,
        double shrinkage,
        int chatConcurrency,
        double handleTimeGrowth,
        double blockingTarget) {

    /** Threshold T of the service level when none is given: 20 seconds, the common 80/20 convention. */
    public static final double DEFAULT_SERVICE_LEVEL_SECONDS = 20;

    /** Blocking target of Erlang B when none is given: 1 %, the usual grade of service for trunks. */
    public static final double DEFAULT_BLOCKING_TARGET = 0.01;

    /** Largest offered load a question may carry, in Erlangs: far beyond any single queue. */
    public static final double MAX_TRAFFIC_ERLANGS = 100_000;

    /** Validates every field. */
    public IntervalQuestion {
        require(Double.isFinite(contacts) && contacts >= 0, "contacts per interval must be 0 or more: %s", contacts);
        require(intervalMinutes > 0, "interval length must be more than 0 minutes: %s", intervalMinutes);
        require(Double.isFinite(ahtSeconds) && ahtSeconds > 0, "AHT must be more than 0 seconds: %s", ahtSeconds);
        require(
                contacts * ahtSeconds / (intervalMinutes * 60.0) <= MAX_TRAFFIC_ERLANGS,
                "traffic (contacts × AHT / interval) must be at most 100000 Erlangs: %s",
                contacts * ahtSeconds / (intervalMinutes * 60.0));
        serviceLevelTarget.ifPresent(t -> requireShare(t, "service-level target"));
        require(
                Double.isFinite(serviceLevelSeconds) && serviceLevelSeconds >= 0,
                "service-level threshold T must be 0 seconds or more: %s",
                serviceLevelSeconds);
        maxAsaSeconds.ifPresent(a -> require(
                Double.isFinite(a) && a > 0, "ASA target must be more than 0 seconds: %s", a));
        maxAbandonRate.ifPresent(a -> requireShare(a, "maximum abandonment"));
        maxOccupancy.ifPresent(o -> requireShare(o, "maximum occupancy"));
        patienceSeconds.ifPresent(p -> require(
                Double.isFinite(p) && p > 0, "average patience must be more than 0 seconds: %s", p));
        require(
                model != StaffingModel.ERLANG_A || patienceSeconds.isPresent(),
                "average patience is required for Erlang A%s",
                "");
        require(
                Double.isFinite(shrinkage) && shrinkage >= 0 && shrinkage < 1,
                "shrinkage must be at least 0 and less than 1: %s",
                shrinkage);
        require(chatConcurrency >= 1, "chat concurrency must be 1 or more: %s", chatConcurrency);
        require(
                Double.isFinite(handleTimeGrowth) && handleTimeGrowth >= 0,
                "handle-time growth must be 0 or more: %s",
                handleTimeGrowth);
        require(
                Double.isFinite(blockingTarget) && blockingTarget > 0 && blockingTarget < 1,
                "blocking target must be more than 0 and less than 1: %s",
                blockingTarget);
    }

    /** {@return a question with only the workload: Erlang C, no targets, T = 20 s, no shrinkage, one session} */
    public static IntervalQuestion of(StaffingModel model, double contacts, int intervalMinutes, double ahtSeconds) {
        return new IntervalQuestion(
                model,
                contacts,
                intervalMinutes,
                ahtSeconds,
                OptionalDouble.empty(),
                DEFAULT_SERVICE_LEVEL_SECONDS,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                0,
                1,
                0,
                DEFAULT_BLOCKING_TARGET);
    }

    /** {@return whether any target (service level, ASA, abandonment, occupancy) is set} */
    public boolean hasTargets() {
        return serviceLevelTarget.isPresent()
                || maxAsaSeconds.isPresent()
                || maxAbandonRate.isPresent()
                || maxOccupancy.isPresent();
    }

    /** {@return whether the contacts are chats handled several at a time, or with growing handle time} */
    public boolean isConcurrentChat() {
        return chatConcurrency > 1 || handleTimeGrowth > 0;
    }

    private static void requireShare(double share, String field) {
        require(
                Double.isFinite(share) && share > 0 && share <= 1,
                field + " must be more than 0 and at most 1: %s",
                share);
    }

    private static void require(boolean rule, String template, Object value) {
        if (!rule) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, value));
        }
    }
}
