package org.switchboard.server.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL access to {@code api_token} and the scopes of each token ({@code api_token_scope}); portable between H2 and
 * PostgreSQL.
 */
@Repository
class ApiTokenRepository {

    private static final String COLUMNS =
            "id, name, created_by, created_at, last_used_at, revoked_at, revoked_by";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiToken> findAll() {
        var scopes = new HashMap<Long, Set<ApiTokenScope>>();
        jdbc.sql("SELECT token_id, scope FROM api_token_scope").query(rs -> {
            scopes.computeIfAbsent(rs.getLong("token_id"), id -> EnumSet.noneOf(ApiTokenScope.class))
                    .add(ApiTokenScope.valueOf(rs.getString("scope")));
        });
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM api_token ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, name")
                .query((rs, row) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        scopes.getOrDefault(rs.getLong("id"), Set.of()),
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

    long insert(String name, String tokenHash, Set<ApiTokenScope> scopes, String createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (name, token_hash, created_by, created_at)
                VALUES (:name, :hash, :createdBy, :now)""")
                .param("name", name)
                .param("hash", tokenHash)
                .param("createdBy", createdBy)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (var scope : scopes) {
            jdbc.sql("INSERT INTO api_token_scope (token_id, scope) VALUES (:id, :scope)")
                    .param("id", id)
                    .param("scope", scope.name())
                    .update();
        }
        return id;
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

    /** {@return the valid (not revoked) token with this hash, if any, as its name and scopes} */
    Optional<ValidToken> validToken(String tokenHash) {
        var scopes = EnumSet.noneOf(ApiTokenScope.class);
        var names = jdbc.sql("""
                        SELECT t.name, s.scope FROM api_token t
                        LEFT JOIN api_token_scope s ON s.token_id = t.id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL""")
                .param("hash", tokenHash)
                .query((rs, row) -> {
                    Optional.ofNullable(rs.getString("scope")).map(ApiTokenScope::valueOf).ifPresent(scopes::add);
                    return rs.getString("name");
                })
                .set();
        return names.stream().findFirst().map(name -> new ValidToken(name, scopes));
    }

    /**
     * A valid token as a request presents it.
     *
     * @param name the token's name
     * @param scopes what it may do
     */
    record ValidToken(String name, Set<ApiTokenScope> scopes) {}

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
