/** Benchmarks of the demo contact centre generator ({@code org.switchboard.engine.demo}). */
package org.switchboard.bench.demo;
