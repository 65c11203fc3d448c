/** Voice of the customer: store (internal to the module). */
@NullMarked
package org.switchboard.server.voice.store;

import org.jspecify.annotations.NullMarked;
