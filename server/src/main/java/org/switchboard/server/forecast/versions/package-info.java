/**
 * Stored forecast versions: a version's header (queue, interval length, horizon, method and parameters, who and
 * when, draft or published), its intervals with prediction bands and manual adjustments, the back-test score of every
 * method tried and the tail of the history it was made from (tables of {@code V010}).
 */
@NullMarked
package org.switchboard.server.forecast.versions;

import org.jspecify.annotations.NullMarked;
