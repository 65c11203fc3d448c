package org.switchboard.server.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to {@code api_token}; portable between H2 and PostgreSQL. */
@Repository
class ApiTokenRepository {

    private static final String COLUMNS =
            "id, name, created_by, created_at, last_used_at, revoked_at, revoked_by";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiToken> findAll() {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM api_token ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, name")
                .query((rs, row) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        Optional.ofNullable(rs.getString("revoked_by"))))
                .list();
    }

    Optional<ApiToken> findById(long id) {
        return findAll().stream().filter(token -> token.id() == id).findFirst();
    }

    boolean nameExists(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(String name, String tokenHash, String createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (name, token_hash, created_by, created_at)
                VALUES (:name, :hash, :createdBy, :now)""")
                .param("name", name)
                .param("hash", tokenHash)
                .param("createdBy", createdBy)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Marks a valid token revoked; {@return whether a valid token was revoked} */
    boolean revoke(long id, String revokedBy, Instant now) {
        return jdbc.sql("""
                        UPDATE api_token SET revoked_at = :now, revoked_by = :by
                        WHERE id = :id AND revoked_at IS NULL""")
                        .param("now", Timestamp.from(now))
                        .param("by", revokedBy)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** {@return the name of the valid (not revoked) token with this hash, if any} */
    Optional<String> validTokenName(String tokenHash) {
        return jdbc.sql("SELECT name FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", tokenHash)
                .query(String.class)
                .optional();
    }

    void markUsed(String tokenHash, Instant now) {
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash")
                .param("now", Timestamp.from(now))
                .param("hash", tokenHash)
                .update();
    }

    private static Optional<Instant> instant(@Nullable OffsetDateTime value) {
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
