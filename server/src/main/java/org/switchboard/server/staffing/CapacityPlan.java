package org.switchboard.server.staffing;

/**
 * The capacity of a new centre from its peak interval.
 *
 * <p>Assumptions, shown on the capacity page as well:
 * <pre>
 *   N      = peak agents: entered, or the Erlang C requirement of the peak interval
 *   FTE    = N / (1 − shrinkage)                     people rostered at the peak
 *   seats  = max(N, ⌈FTE / seat sharing⌉)             seat sharing = people per seat (1 = a seat each)
 *   hold   = (AHT − wrap-up) + IVR time + mean wait   seconds a call occupies a trunk line
 *   lines  = smallest n with B(n, λ·hold) ≤ target   Erlang B, λ = calls per second
 *   ports  = smallest n with B(n, λ·IVR time) ≤ target
 * </pre>
 * Wrap-up holds an agent but no line; a waiting call holds a line but no agent, so the lines carry the agents' talk
 * traffic plus the IVR and queue holding. Blocked calls are assumed lost (no redial), as Erlang B does.
 *
 * @param peakAgents N, agents on contacts in the peak interval
 * @param agentsFromCalculator whether N was computed (Erlang C with the service-level target) rather than entered
 * @param trafficErlangs offered load of the peak interval in Erlangs
 * @param meanWaitSeconds mean wait of all calls at N (Erlang C), in seconds
 * @param fte people rostered at the peak, N / (1 − shrinkage)
 * @param seats workstations needed
 * @param lineHoldingSeconds seconds a call holds a trunk line
 * @param lineErlangs traffic on the trunk lines in Erlangs
 * @param lines trunk lines for the blocking target
 * @param lineBlocking blocking probability at that number of lines
 * @param ivrErlangs traffic on the IVR in Erlangs
 * @param ivrPorts IVR ports for the blocking target (0 without IVR time)
 * @param ivrBlocking blocking probability at that number of ports
 */
public record CapacityPlan(
        int peakAgents,
        boolean agentsFromCalculator,
        double trafficErlangs,
        double meanWaitSeconds,
        double fte,
        int seats,
        double lineHoldingSeconds,
        double lineErlangs,
        int lines,
        double lineBlocking,
        double ivrErlangs,
        int ivrPorts,
        double ivrBlocking) {}
