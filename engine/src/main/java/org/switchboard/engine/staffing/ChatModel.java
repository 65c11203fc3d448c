package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;

/**
 * Chat with concurrency: an agent handles up to k chat sessions at once, and every session slows down as more run
 * beside it. Turns a chat workload into the workload of equivalent single-session agents, so that {@link ErlangC} or
 * {@link ErlangA} (and {@link StaffingSolver}) size chat agents unchanged.
 *
 * <p>Model (a capacity argument, the usual "effective handle time" treatment of chat concurrency; cf. Koole [1] on
 * multi-chat, Tezcan and Zhang [2] for a queueing analysis of concurrent service):
 *
 * <pre>
 *   with k sessions open, each chat takes            h(k) = AHT · (1 + g·(k − 1))
 *   an agent full at k sessions completes            k / h(k)   chats per second
 *   so an agent is one server with service time      AHT_eff = h(k) / k = AHT · (1 + g·(k − 1)) / k
 *   agent-capacity load                              A_eff = λ · AHT_eff = A · (1 + g·(k − 1)) / k
 * </pre>
 *
 * k = {@code maxConcurrency}, g = {@code handleTimeGrowthPerExtraSession} (0.2 means each extra session makes every
 * chat 20 % longer), λ = chats per second, AHT = the handle time of a chat handled alone.
 *
 * <p>Assumptions and limits:
 * <ul>
 *   <li>Agents always run at full concurrency k. Under light load an agent holds j &lt; k sessions and spends
 *       h(j)/j ≥ h(k)/k of its time per chat (for g &lt; 1), so the real load on agents is higher than A_eff: the
 *       model is <b>optimistic</b> (too few agents) when the queue is often empty, and accurate near saturation, the
 *       regime where staffing decisions bind.
 *   <li>The waiting time is that of an M/M/N queue whose servers are N agents working AHT_eff each; the queue drains
 *       at the right rate when all agents are full (N·k/h(k) = N/AHT_eff), but a chat waits only when all N·k
 *       session slots are taken, so P(wait) is overstated compared with an M/M/(N·k) view of the slots
 *       (conservative on waiting, partly offsetting the point above).
 *   <li>Occupancy from the queue model is the share of agent capacity in use, not of agents with at least one chat.
 *   <li>Handle-time growth is linear in the number of other sessions and the same for every chat; if
 *       (1 + g·(k − 1)) / k ≥ 1, concurrency brings no capacity and A_eff ≥ A.
 *   <li>The customer-visible duration of a chat is h(k), not AHT_eff; use it for anything chat-length related.
 * </ul>
 *
 * <p>[1] G. Koole, "Call Center Optimization", MG Books, Amsterdam, 2013 (chat and multi-channel staffing).
 * <br>[2] T. Tezcan, J. Zhang, "Routing and staffing in customer service chat systems with impatient customers",
 * Operations Research 62(4), 2014, pp. 943–956.
 *
 * @param maxConcurrency k, the most chat sessions an agent handles at once, {@code >= 1}
 * @param handleTimeGrowthPerExtraSession g, the relative growth of every chat's handle time per extra session,
 *     {@code >= 0} and finite
 */
public record ChatModel(int maxConcurrency, double handleTimeGrowthPerExtraSession) {

    /**
     * Validates the model.
     *
     * @throws IllegalArgumentException if maxConcurrency &lt; 1 or the growth is negative or not finite
     */
    public ChatModel {
        requireArgument(maxConcurrency >= 1, "concurrency must be at least 1: maxConcurrency=%d", maxConcurrency);
        requireArgument(
                Double.isFinite(handleTimeGrowthPerExtraSession) && handleTimeGrowthPerExtraSession >= 0,
                "handle-time growth per extra session must be finite and not negative:"
                        + " handleTimeGrowthPerExtraSession=%s",
                handleTimeGrowthPerExtraSession);
    }

    /**
     * {@return the agent-capacity workload: the same contacts and interval, handle time AHT_eff = AHT·(1 + g·(k − 1))/k}
     *
     * @param chats the chat workload, with AHT the handle time of a chat handled alone
     * @throws IllegalArgumentException if AHT_eff rounds below one nanosecond
     */
    public Workload effectiveWorkload(Workload chats) {
        long nanos = Math.round(chats.aht().toNanos() * handleTimeFactor() / maxConcurrency);
        requireArgument(nanos > 0, "effective chat handle time must be at least one nanosecond: aht=%s", chats.aht());
        return new Workload(chats.contacts(), chats.interval(), Duration.ofNanos(nanos));
    }

    /**
     * {@return the handle time of a chat at full concurrency, h(k) = AHT·(1 + g·(k − 1))}
     *
     * @param aht the handle time of a chat handled alone
     */
    public Duration sessionHandleTime(Duration aht) {
        return Duration.ofNanos(Math.round(aht.toNanos() * handleTimeFactor()));
    }

    /** {@return chats an agent completes per single-session AHT at full concurrency, k / (1 + g·(k − 1))} */
    public double capacityGain() {
        return maxConcurrency / handleTimeFactor();
    }

    private double handleTimeFactor() {
        return 1 + handleTimeGrowthPerExtraSession * (maxConcurrency - 1);
    }
}
