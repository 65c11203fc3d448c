package org.switchboard.server.interactions;

import java.io.InputStream;
import org.switchboard.engine.interactions.mapping.MappingProfile;

/** Column mapping profiles as files: the JSON a user saves, and the profiles bundled with Switchboard. */
public final class MappingProfiles {

    private MappingProfiles() {}

    /**
     * Reads a profile saved as JSON.
     *
     * @param json the profile's JSON text, UTF-8; not closed
     * @return the profile
     * @throws IllegalArgumentException if the JSON is no valid profile
     */
    public static MappingProfile read(InputStream json) {
        throw new IllegalArgumentException("mapping profiles arrive with the readers branch");
    }
}
