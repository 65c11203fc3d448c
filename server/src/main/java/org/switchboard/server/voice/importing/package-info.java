/** Voice of the customer: importing (internal to the module). */
@NullMarked
package org.switchboard.server.voice.importing;

import org.jspecify.annotations.NullMarked;
