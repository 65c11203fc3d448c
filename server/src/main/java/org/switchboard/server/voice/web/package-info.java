/** Voice of the customer: web (internal to the module). */
@NullMarked
package org.switchboard.server.voice.web;

import org.jspecify.annotations.NullMarked;
