/** Benchmarks of interaction import and aggregation ({@code org.switchboard.engine.interactions}). */
package org.switchboard.bench.interactions;
