package org.switchboard.server.staffing;

import java.util.OptionalDouble;

/**
 * The figures of one interval at one number of agents (or lines), as the calculator, the REST API and the command
 * line show them. A figure is empty when the model does not produce it (no service level in Erlang B, no blocking in
 * Erlang C and A) or when it is infinite because the queue is unstable: callers print "unstable" or {@code null},
 * never a number.
 *
 * @param model the model that produced the figures
 * @param agents agents (Erlang C and A) or lines, ports, licences (Erlang B)
 * @param trafficErlangs offered load A in Erlangs, after the chat model when contacts are concurrent chats
 * @param stable whether the queue is stable (always for Erlang A and B; N > A for Erlang C)
 * @param serviceLevel share of all contacts answered within T
 * @param asaSeconds average speed of answer of the answered contacts, in seconds
 * @param meanWaitAllSeconds mean wait over all contacts, in seconds
 * @param probWait probability that a contact waits
 * @param probAbandon probability that a contact abandons (0 in Erlang C, which assumes no one does)
 * @param averageQueueLength mean number of contacts waiting
 * @param occupancy share of the agents' time spent on contacts
 * @param blocking probability that a contact finds every line busy (Erlang B)
 * @param fte full-time equivalents with shrinkage: agents / (1 − shrinkage)
 * @param meetsTargets whether every target of the question is met at this number
 */
public record IntervalAnswer(
        StaffingModel model,
        int agents,
        double trafficErlangs,
        boolean stable,
        OptionalDouble serviceLevel,
        OptionalDouble asaSeconds,
        OptionalDouble meanWaitAllSeconds,
        OptionalDouble probWait,
        OptionalDouble probAbandon,
        OptionalDouble averageQueueLength,
        OptionalDouble occupancy,
        OptionalDouble blocking,
        double fte,
        boolean meetsTargets) {

    /** {@return a present value when it is finite, else empty} */
    static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
