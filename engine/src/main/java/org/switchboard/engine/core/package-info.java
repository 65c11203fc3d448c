/**
 * Primitives shared by every capability of the engine: the channels, directions and dispositions of a contact, the
 * states of an agent, and the argument checks every public constructor uses. Small and stable on purpose: the
 * interaction importers, the metric calculators and the demo-data generator all speak this vocabulary.
 */
@NullMarked
package org.switchboard.engine.core;

import org.jspecify.annotations.NullMarked;
