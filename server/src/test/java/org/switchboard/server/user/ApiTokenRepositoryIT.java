package org.switchboard.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link ApiTokenRepository} and of the scopes migration (V017) on a real database: H2 in the default
 * Failsafe run, PostgreSQL in the {@code postgres} run (tag {@code database}).
 */
@SwitchboardIntegrationTest
@Tag("database")
class ApiTokenRepositoryIT {

    private static final Instant ISSUED = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    ApiTokenRepository repository;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsFoundByItsHashWithItsScopesUntilItIsRevoked() {
        var name = UniqueNames.of("token");
        var hash = ApiTokens.hash("sbt_" + name);
        long id = repository.insert(
                name, hash, Set.of(ApiTokenScope.SCHEDULES_PLAN, ApiTokenScope.INGEST), "root", ISSUED);

        assertThat(repository.validToken(hash)).contains(new ApiTokenRepository.ValidToken(
                name, EnumSet.of(ApiTokenScope.INGEST, ApiTokenScope.SCHEDULES_PLAN)));
        repository.markUsed(hash, ISSUED.plusSeconds(60));
        assertThat(repository.revoke(id, "root", ISSUED.plusSeconds(120))).isTrue();
        assertThat(repository.revoke(id, "root", ISSUED.plusSeconds(180))).as("revoked once only").isFalse();

        assertThat(repository.validToken(hash)).isEmpty();
        var token = repository.findById(id).orElseThrow();
        assertThat(token.scopes()).containsExactly(ApiTokenScope.INGEST, ApiTokenScope.SCHEDULES_PLAN);
        assertThat(token.scopeNames()).isEqualTo("INGEST, SCHEDULES_PLAN");
        assertThat(token.createdAt()).isEqualTo(ISSUED);
        assertThat(token.lastUsedAt()).contains(ISSUED.plusSeconds(60));
        assertThat(token.revokedAt()).contains(ISSUED.plusSeconds(120));
        assertThat(token.revokedBy()).contains("root");
        assertThat(repository.nameExists(name)).isTrue();
    }

    @Test
    void theHashIsTheHexSha256OfTheToken() {
        // echo -n "abc" | sha256sum (FIPS 180-2, appendix B.1)
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /**
     * A token issued before V017 (in a schema of its own, migrated up to the migration before V017, given a token,
     * then migrated to V017) keeps exactly the scope INGEST: what it did before, and nothing new.
     */
    @Test
    void aTokenIssuedBeforeScopesExistedKeepsIngestOnly() {
        var schema = "tokscope_v017";
        try {
            var scopes17 = MigrationVersion.fromVersion("17");
            var before = Arrays.stream(flyway(schema, MigrationVersion.LATEST).info().all())
                    .map(MigrationInfo::getVersion)
                    .filter(Objects::nonNull)
                    .filter(version -> version.compareTo(scopes17) < 0)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            flyway(schema, before).migrate();
            var tokens = "\"" + schema + "\".api_token";
            jdbc.sql("INSERT INTO " + tokens + " (name, token_hash, created_by, created_at) VALUES (:name, :hash,"
                            + " 'root', :at)")
                    .param("name", "crm")
                    .param("hash", ApiTokens.hash("sbt_crm"))
                    .param("at", Timestamp.from(ISSUED))
                    .update();

            var applied = flyway(schema, scopes17).migrate();

            assertThat(applied.migrations).extracting(migration -> MigrationVersion.fromVersion(migration.version))
                    .containsExactly(scopes17);
            var scopes = jdbc.sql("SELECT s.scope FROM \"" + schema + "\".api_token_scope s JOIN " + tokens
                            + " t ON t.id = s.token_id WHERE t.name = 'crm'")
                    .query(String.class)
                    .list();
            assertThat(scopes).containsExactly("INGEST");
        } finally {
            jdbc.sql("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE").update();
        }
    }

    private Flyway flyway(String schema, MigrationVersion target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(target).load();
    }
}
