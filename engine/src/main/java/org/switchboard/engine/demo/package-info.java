/**
 * The deterministic demo contact centre: {@link org.switchboard.engine.demo.DemoCentre} generates a
 * {@link org.switchboard.engine.demo.DemoDataSet} from a {@link org.switchboard.engine.demo.DemoSpec} and a seeded
 * random generator; {@link org.switchboard.engine.demo.DemoCsv} and {@link org.switchboard.engine.demo.QueueLogWriter}
 * write it in the formats the importers read (CSV, Asterisk {@code queue_log}). Absent values are
 * {@link java.util.Optional#empty()} throughout; nothing returns null.
 */
@NullMarked
package org.switchboard.engine.demo;

import org.jspecify.annotations.NullMarked;
