/**
 * Load test of the KPI dashboard against a running server ({@link org.switchboard.bench.kpi.DashboardLoad}); the
 * procedure that fills a database with a year of a 500-agent centre is in {@code docs/performance.md}.
 */
package org.switchboard.bench.kpi;
