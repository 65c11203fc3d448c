/**
 * The demo contact centre: on {@code switchboard demo}, generates the deterministic data set of the engine
 * ({@link org.switchboard.engine.demo.DemoCentre}), writes it as the files users would import (CSV and an Asterisk
 * queue_log) under {@code <data-dir>/demo/}, and imports its contacts and agent events through
 * {@link org.switchboard.server.interactions.Importer}, the loading path all interaction data takes.
 */
@NullMarked
package org.switchboard.server.demo;

import org.jspecify.annotations.NullMarked;
