package org.switchboard.server.interactions.profiles;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.interactions.mapping.InvalidMappingProfile;
import org.switchboard.server.interactions.mapping.MappingProfileJson;

/**
 * The mapping profiles users choose from: the ones kept in {@code mapping_profile} (created, changed and deleted
 * here, every change audited) and the read-only built-ins bundled with {@link MappingProfileJson}. Names are
 * unique across both, so a name always means one profile.
 */
@Service
public class ProfileCatalogue {

    /** Longest profile name, the length of {@code mapping_profile.name}. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final String TARGET = "mapping-profile";

    private final ProfileStore store;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Map<String, MappingProfile> builtIns;

    ProfileCatalogue(ProfileStore store, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
        this.builtIns = loadBuiltIns();
    }

    /** {@return every profile, stored and built-in, by name} */
    @Transactional(readOnly = true)
    public List<ProfileSummary> all() {
        var all = new ArrayList<ProfileSummary>();
        for (var row : store.findAll()) {
            all.add(new ProfileSummary(Optional.of(row.id()), row.name(), parse(row).kind(),
                    Optional.of(row.updatedBy()), Optional.of(row.updatedAt())));
        }
        builtIns.values().forEach(profile -> all.add(new ProfileSummary(
                Optional.empty(), profile.name(), profile.kind(), Optional.empty(), Optional.empty())));
        all.sort(Comparator.comparing(ProfileSummary::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    /** {@return the profile with this name, stored or built-in} */
    @Transactional(readOnly = true)
    public Optional<MappingProfile> find(String name) {
        return store.findByName(name).map(ProfileCatalogue::parse).or(() -> Optional.ofNullable(builtIns.get(name)));
    }

    /** {@return the stored profile with this id} */
    @Transactional(readOnly = true)
    public Optional<MappingProfile> stored(long id) {
        return store.findById(id).map(ProfileCatalogue::parse);
    }

    /** {@return the profile's JSON document, for export} */
    public String json(MappingProfile profile) {
        return MappingProfileJson.write(profile);
    }

    /**
     * Reads a profile from its JSON document, for import.
     *
     * @throws ProfileRejected if the document is not a valid profile
     */
    public MappingProfile read(String json) {
        try {
            return MappingProfileJson.read(json);
        } catch (InvalidMappingProfile invalid) {
            throw new ProfileRejected("profiles.error.json", String.valueOf(invalid.getMessage()));
        }
    }

    /**
     * Stores a new profile.
     *
     * @return its id
     * @throws ProfileRejected if the name is too long or taken
     */
    @Transactional
    public long create(MappingProfile profile, String actor) {
        requireFreeName(profile.name(), Optional.empty());
        long id = store.insert(profile.name(), json(profile), actor, clock.instant());
        auditLog.record("MAPPING_PROFILE_CREATED", TARGET, profile.name(), null);
        return id;
    }

    /**
     * Replaces a stored profile (its name may change).
     *
     * @throws ProfileRejected if there is no such profile, or the new name is too long or taken
     */
    @Transactional
    public void update(long id, MappingProfile profile, String actor) {
        var before = store.findById(id)
                .orElseThrow(() -> new ProfileRejected("profiles.error.unknown", String.valueOf(id)));
        requireFreeName(profile.name(), Optional.of(id));
        store.update(id, profile.name(), json(profile), actor, clock.instant());
        auditLog.record("MAPPING_PROFILE_UPDATED", TARGET, profile.name(),
                before.name().equals(profile.name()) ? null : "renamed from " + before.name());
    }

    /** Deletes a stored profile; deleting one that does not exist changes nothing. */
    @Transactional
    public void delete(long id) {
        store.findById(id).ifPresent(row -> {
            store.delete(id);
            auditLog.record("MAPPING_PROFILE_DELETED", TARGET, row.name(), null);
        });
    }

    private void requireFreeName(String name, Optional<Long> self) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new ProfileRejected("profiles.error.name", name);
        }
        var taken = builtIns.containsKey(name)
                || store.findByName(name).filter(row -> self.map(id -> id != row.id()).orElse(true)).isPresent();
        if (taken) {
            throw new ProfileRejected("profiles.error.name-taken", name);
        }
    }

    private static MappingProfile parse(ProfileStore.Row row) {
        return MappingProfileJson.read(row.definition());
    }

    private static Map<String, MappingProfile> loadBuiltIns() {
        var profiles = new TreeMap<String, MappingProfile>();
        for (var resource : MappingProfileJson.BUNDLED) {
            var profile = MappingProfileJson.bundled(resource);
            profiles.put(profile.name(), profile);
        }
        return Map.copyOf(profiles);
    }
}
