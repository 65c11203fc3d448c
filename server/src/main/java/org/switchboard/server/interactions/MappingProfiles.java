package org.switchboard.server.interactions;

import java.io.InputStream;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.server.interactions.mapping.MappingProfileJson;

/**
 * Column mapping profiles as JSON files, for other modules (command line, demo): a profile a user saved to a file, and
 * the profiles bundled with Switchboard. Reads through {@link MappingProfileJson}, which is internal to this module.
 */
public final class MappingProfiles {

    private MappingProfiles() {}

    /**
     * Reads a profile saved as JSON.
     *
     * @param json the profile's JSON document, UTF-8; read to the end, not closed
     * @return the profile
     * @throws RuntimeException naming the JSON path of the fault if the document is no valid profile
     */
    public static MappingProfile read(InputStream json) {
        return MappingProfileJson.read(json);
    }

    /**
     * Loads a profile bundled with Switchboard.
     *
     * @param name the profile's name, e.g. {@code demo-contacts}
     * @return the profile
     * @throws IllegalArgumentException if no profile of that name is bundled
     */
    public static MappingProfile bundled(String name) {
        return MappingProfileJson.bundled(name);
    }
}
