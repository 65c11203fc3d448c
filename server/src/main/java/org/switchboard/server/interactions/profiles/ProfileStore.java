package org.switchboard.server.interactions.profiles;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to {@code mapping_profile}: each profile as its JSON document; portable between H2 and PostgreSQL. */
@Repository
class ProfileStore {

    /** A stored profile's row. */
    record Row(long id, String name, String definition, String updatedBy, Instant updatedAt) {}

    private final JdbcClient jdbc;

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> findAll() {
        return jdbc.sql("SELECT id, name, definition, updated_by, updated_at FROM mapping_profile ORDER BY name")
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("definition"),
                        rs.getString("updated_by"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<Row> findById(long id) {
        return findAll().stream().filter(row -> row.id() == id).findFirst();
    }

    Optional<Row> findByName(String name) {
        return findAll().stream().filter(row -> row.name().equals(name)).findFirst();
    }

    long insert(String name, String definition, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mapping_profile (name, definition, updated_by, updated_at)
                VALUES (:name, :definition, :actor, :now)""")
                .param("name", name)
                .param("definition", definition)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, String name, String definition, String actor, Instant now) {
        jdbc.sql("""
                UPDATE mapping_profile SET name = :name, definition = :definition, updated_by = :actor,
                       updated_at = :now
                WHERE id = :id""")
                .param("name", name)
                .param("definition", definition)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM mapping_profile WHERE id = :id").param("id", id).update();
    }
}
