/**
 * Benchmarks of forecasting ({@code org.switchboard.engine.forecast}): the speed of fitting and back-testing one
 * queue, and the accuracy of every method on the real bank series and on the demo centre.
 */
package org.switchboard.bench.forecast;
