package org.switchboard.server.staffing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.staffing.IntervalAnswer;

/**
 * The figures of one interval at one number of agents. A figure is {@code null} when the model does not produce it
 * or when it is infinite because the queue is unstable ({@code stable: false}).
 *
 * @param model the model used
 * @param agents agents (or lines, Erlang B): required or given
 * @param trafficErlangs offered load in Erlangs
 * @param stable whether the queue is stable
 * @param serviceLevel share answered within T
 * @param asaSeconds average speed of answer of answered contacts
 * @param meanWaitAllSeconds mean wait over all contacts
 * @param probWait probability of waiting
 * @param probAbandon probability of abandoning
 * @param averageQueueLength mean number waiting
 * @param occupancy agent (line) occupancy
 * @param blocking blocking probability (Erlang B)
 * @param fte full-time equivalents: agents / (1 − shrinkage)
 * @param meetsTargets whether every target given is met
 */
@Schema(description = "Figures of one interval at one number of agents; null = not produced by the model or infinite")
public record IntervalResponse(
        String model,
        int agents,
        double trafficErlangs,
        boolean stable,
        @Nullable Double serviceLevel,
        @Nullable Double asaSeconds,
        @Nullable Double meanWaitAllSeconds,
        @Nullable Double probWait,
        @Nullable Double probAbandon,
        @Nullable Double averageQueueLength,
        @Nullable Double occupancy,
        @Nullable Double blocking,
        double fte,
        boolean meetsTargets) {

    static IntervalResponse from(IntervalAnswer answer) {
        return new IntervalResponse(
                answer.model().slug(),
                answer.agents(),
                answer.trafficErlangs(),
                answer.stable(),
                value(answer.serviceLevel()),
                value(answer.asaSeconds()),
                value(answer.meanWaitAllSeconds()),
                value(answer.probWait()),
                value(answer.probAbandon()),
                value(answer.averageQueueLength()),
                value(answer.occupancy()),
                value(answer.blocking()),
                answer.fte(),
                answer.meetsTargets());
    }

    private static @Nullable Double value(OptionalDouble figure) {
        return figure.isPresent() ? figure.getAsDouble() : null;
    }
}
