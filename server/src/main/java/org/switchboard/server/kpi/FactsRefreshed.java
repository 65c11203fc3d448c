package org.switchboard.server.kpi;

import java.time.Instant;

/**
 * The KPI facts of a range of slots were rebuilt and committed: figures of that range may have changed. Published
 * after every refresh; the dashboard drops its cached figures.
 *
 * @param from the first rebuilt slot's start
 * @param to the end of the rebuilt range (excluded)
 */
public record FactsRefreshed(Instant from, Instant to) {}
