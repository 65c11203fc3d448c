/**
 * Benchmark of the shift scheduler: a generator of the issue-7 benchmark instance ({@link
 * org.switchboard.bench.scheduling.SchedulingInstance}) and a runner printing the gap to the lower bound, wall-clock
 * and CPU seconds ({@link org.switchboard.bench.scheduling.SchedulingRun}).
 */
package org.switchboard.bench.scheduling;
