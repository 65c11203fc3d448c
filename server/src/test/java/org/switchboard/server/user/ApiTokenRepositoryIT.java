package org.switchboard.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The SQL of {@link ApiTokenRepository} on a real database: H2 in the default Failsafe run, PostgreSQL in the
 * {@code postgres} run (tag {@code database}).
 */
@SwitchboardIntegrationTest
@Tag("database")
class ApiTokenRepositoryIT {

    private static final Instant ISSUED = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    ApiTokenRepository repository;

    @Test
    void aTokenIsFoundByItsHashUntilItIsRevoked() {
        var name = UniqueNames.of("token");
        var hash = ApiTokens.hash("sbt_" + name);
        long id = repository.insert(name, hash, "root", ISSUED);

        assertThat(repository.validTokenName(hash)).contains(name);
        repository.markUsed(hash, ISSUED.plusSeconds(60));
        assertThat(repository.revoke(id, "root", ISSUED.plusSeconds(120))).isTrue();
        assertThat(repository.revoke(id, "root", ISSUED.plusSeconds(180))).as("revoked once only").isFalse();

        assertThat(repository.validTokenName(hash)).isEmpty();
        var token = repository.findById(id).orElseThrow();
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
}
