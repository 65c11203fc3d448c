/**
 * The accuracy of a stored forecast version against the actuals that arrived later (metrics.md §7), per version, per
 * day and per interval, with the engine's six measures.
 */
@NullMarked
package org.switchboard.server.forecast.accuracy;

import org.jspecify.annotations.NullMarked;
