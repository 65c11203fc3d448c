/** Voice of the customer: api (internal to the module). */
@NullMarked
package org.switchboard.server.voice.api;

import org.jspecify.annotations.NullMarked;
