/**
 * Comparing own figures with benchmarks measured on other scales (metrics.md §4): the linear scale conversion with
 * strict or interpolated counting ({@link org.switchboard.engine.voice.benchmark.ComparableShare}), and a library of
 * benchmarks with their sources (COPC-style CSAT/CDSAT targets, the CEB CES quartiles) plus user-defined ones
 * ({@link org.switchboard.engine.voice.benchmark.Benchmark}).
 */
@NullMarked
package org.switchboard.engine.voice.benchmark;

import org.jspecify.annotations.NullMarked;
