package org.switchboard.server.interactions.profiles;

import java.time.Instant;
import java.util.Optional;
import org.switchboard.engine.interactions.mapping.MappingKind;

/**
 * A mapping profile as lists show it.
 *
 * @param id the stored profile's id; absent for a built-in
 * @param name the unique name users choose it by
 * @param kind contacts or agent events
 * @param updatedBy who saved it last; absent for a built-in
 * @param updatedAt when it was saved last; absent for a built-in
 */
public record ProfileSummary(
        Optional<Long> id, String name, MappingKind kind, Optional<String> updatedBy, Optional<Instant> updatedAt) {

    /** {@return whether the profile is bundled with Switchboard and cannot be changed} */
    public boolean isBuiltIn() {
        return id.isEmpty();
    }
}
