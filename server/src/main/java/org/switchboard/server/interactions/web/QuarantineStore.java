package org.switchboard.server.interactions.web;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL access to {@code upload_context} and to the status of quarantined lines in {@code import_rejection}; portable
 * between H2 and PostgreSQL.
 */
@Repository
class QuarantineStore {

    /** Longest header line kept, the length of {@code upload_context.header_line}. */
    static final int MAX_HEADER_LENGTH = 4000;

    private final JdbcClient jdbc;

    QuarantineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UploadContext context) {
        jdbc.sql("""
                INSERT INTO upload_context (load_id, profile_name, source_zone, header_line)
                VALUES (:load, :profile, :zone, :header)""")
                .param("load", context.loadId())
                .param("profile", context.profileName().orElse(null))
                .param("zone", context.zone().getId())
                .param("header", context.headerLine().orElse(null))
                .update();
    }

    Optional<UploadContext> context(long loadId) {
        return jdbc.sql("SELECT profile_name, source_zone, header_line FROM upload_context WHERE load_id = :load")
                .param("load", loadId)
                .query((rs, row) -> new UploadContext(
                        loadId,
                        Optional.ofNullable(rs.getString("profile_name")),
                        ZoneId.of(rs.getString("source_zone")),
                        Optional.ofNullable(rs.getString("header_line"))))
                .optional();
    }

    /**
     * Moves a quarantined line to a final status.
     *
     * @param status {@code RESUBMITTED} or {@code DISCARDED}
     * @return whether the line was in quarantine (and so moved)
     */
    boolean close(long loadId, long rejectionId, String status) {
        return jdbc.sql("""
                        UPDATE import_rejection SET status = :status
                        WHERE id = :id AND load_id = :load AND status = 'QUARANTINED'""")
                        .param("status", status)
                        .param("id", rejectionId)
                        .param("load", loadId)
                        .update()
                == 1;
    }
}
