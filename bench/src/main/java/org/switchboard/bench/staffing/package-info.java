/**
 * Benchmarks of the staffing solver ({@code org.switchboard.engine.staffing}): one required-agents solve per load, and
 * a year of intervals for a ten-queue centre.
 */
package org.switchboard.bench.staffing;
