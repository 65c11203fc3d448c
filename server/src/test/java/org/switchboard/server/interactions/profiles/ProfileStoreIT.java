package org.switchboard.server.interactions.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.switchboard.server.interactions.mapping.MappingProfileJson;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link ProfileStore} on a real database: H2 in the default Failsafe run, PostgreSQL in the
 * {@code postgres} run (tag {@code database}).
 */
@SwitchboardIntegrationTest
@Tag("database")
class ProfileStoreIT {

    private static final Instant SAVED = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    ProfileStore store;

    @Test
    void aProfileIsStoredRenamedAndDeleted() {
        var name = UniqueNames.of("profile");
        var json = MappingProfileJson.write(ProfileForm.from(SampleProfile.parameters(name)).toProfile());

        long id = store.insert(name, json, "pia", SAVED);
        var stored = store.findByName(name).orElseThrow();
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.definition()).isEqualTo(json);
        assertThat(stored.updatedAt()).isEqualTo(SAVED);

        store.update(id, name + "-renamed", json, "max", SAVED.plusSeconds(60));
        assertThat(store.findById(id).orElseThrow().name()).isEqualTo(name + "-renamed");
        assertThat(store.findById(id).orElseThrow().updatedBy()).isEqualTo("max");

        store.delete(id);
        assertThat(store.findById(id)).isEmpty();
    }
}
