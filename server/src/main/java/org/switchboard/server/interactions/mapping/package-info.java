/**
 * Column mapping profiles as JSON documents: {@link org.switchboard.server.interactions.mapping.MappingProfileJson}
 * reads and writes the engine's {@link org.switchboard.engine.interactions.mapping.MappingProfile}, and serves the
 * profiles bundled under {@code mapping/} on the class path (the demo centre's CSV files and the public sample
 * exports).
 */
@NullMarked
package org.switchboard.server.interactions.mapping;

import org.jspecify.annotations.NullMarked;
