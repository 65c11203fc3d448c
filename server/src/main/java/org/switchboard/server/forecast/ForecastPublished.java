package org.switchboard.server.forecast;

import java.time.LocalDate;

/**
 * A forecast version was published: it is now the plan of its queue for its days. Published after the transaction
 * that publishes it commits.
 *
 * @param versionId the version
 * @param queue its queue
 * @param intervalMinutes its interval length
 * @param firstDay the first day it plans
 * @param lastDay the last day it plans
 */
public record ForecastPublished(long versionId, String queue, int intervalMinutes, LocalDate firstDay, LocalDate lastDay) {}
