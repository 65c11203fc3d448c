/**
 * Operations: the clock, start-up failure messages (an unreachable database is named without its password), the
 * OpenAPI description and the metrics conventions shared by every capability.
 */
@NullMarked
package org.switchboard.server.operations;

import org.jspecify.annotations.NullMarked;
