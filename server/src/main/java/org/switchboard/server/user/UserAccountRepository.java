package org.switchboard.server.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to {@code user_account} and {@code user_role}; portable between H2 and PostgreSQL. */
@Repository
class UserAccountRepository {

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM user_account").query(Long.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO user_account (username, display_name, password_hash, enabled, created_at, updated_at)
                VALUES (:username, :displayName, :hash, TRUE, :now, :now)""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceRoles(id, roles);
        return id;
    }

    void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", id).update();
        for (var role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
    }

    void updateProfile(long id, String displayName, boolean enabled, Instant now) {
        jdbc.sql("UPDATE user_account SET display_name = :name, enabled = :enabled, updated_at = :now WHERE id = :id")
                .param("name", displayName)
                .param("enabled", enabled)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void updatePassword(long id, String passwordHash, Instant now) {
        jdbc.sql("UPDATE user_account SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .param("hash", passwordHash)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void updateLanguage(String username, String language) {
        jdbc.sql("UPDATE user_account SET language = :language WHERE username = :username")
                .param("language", language)
                .param("username", username)
                .update();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE username = :username")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return query("WHERE a.username = :username", Map.of("username", username)).stream().findFirst();
    }

    Optional<UserAccount> findById(long id) {
        return query("WHERE a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<UserAccount> findAll() {
        return query("", Map.of());
    }

    private List<UserAccount> query(String where, Map<String, ?> params) {
        var rows = new LinkedHashMap<Long, UserRow>();
        jdbc.sql("""
                SELECT a.id, a.username, a.display_name, a.enabled, a.language, r.role
                FROM user_account a LEFT JOIN user_role r ON r.user_id = a.id
                %s ORDER BY a.username, r.role""".formatted(where))
                .params(params)
                .query(rs -> {
                    long id = rs.getLong("id");
                    var row = rows.get(id);
                    if (row == null) {
                        row = new UserRow(
                                id,
                                rs.getString("username"),
                                rs.getString("display_name"),
                                rs.getBoolean("enabled"),
                                rs.getString("language"));
                        rows.put(id, row);
                    }
                    var role = rs.getString("role");
                    if (role != null) {
                        row.roles.add(Role.valueOf(role));
                    }
                });
        var accounts = new ArrayList<UserAccount>(rows.size());
        rows.values().forEach(row -> accounts.add(row.toAccount()));
        return accounts;
    }

    private static final class UserRow {
        private final long id;
        private final String username;
        private final String displayName;
        private final boolean enabled;
        private final @Nullable String language;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);

        UserRow(long id, String username, String displayName, boolean enabled, @Nullable String language) {
            this.id = id;
            this.username = username;
            this.displayName = displayName;
            this.enabled = enabled;
            this.language = language;
        }

        UserAccount toAccount() {
            return new UserAccount(id, username, displayName, enabled, language, roles);
        }
    }
}
