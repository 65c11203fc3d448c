package org.switchboard.server.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and lists {@link AuditEntry audit entries}. The actor is the signed-in user, or {@code system}. */
@Service
public class AuditLog {

    /** Actor recorded for work done without a signed-in user (start-up, demo loading). */
    public static final String SYSTEM_ACTOR = "system";

    private static final int MAX_DETAILS_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a change made by the signed-in user (or {@link #SYSTEM_ACTOR}); joins the caller's transaction, so the
     * entry exists exactly when the change does.
     *
     * @param action verb of the change, e.g. {@code USER_CREATED}
     * @param targetType kind of object changed
     * @param targetId id of the object, if any
     * @param details what changed; truncated to 2 000 characters
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String targetType, @Nullable String targetId, @Nullable String details) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor, action, target_type, target_id, details)
                VALUES (:at, :actor, :action, :targetType, :targetId, :details)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", currentActor())
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("details", truncate(details))
                .update();
    }

    /**
     * Lists the newest entries first.
     *
     * @param limit maximum number of entries, at least 1
     * @return entries, newest first
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: limit=" + limit);
        }
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, target_type, target_id, details
                FROM audit_log ORDER BY occurred_at DESC, id DESC
                FETCH FIRST :limit ROWS ONLY""")
                .param("limit", limit)
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("details")))
                .list();
    }

    /** {@return the number of entries recorded since the given instant} */
    @Transactional(readOnly = true)
    public long countSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE occurred_at >= :since")
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM_ACTOR : authentication.getName();
    }

    private static @Nullable String truncate(@Nullable String details) {
        return details == null || details.length() <= MAX_DETAILS_LENGTH
                ? details
                : details.substring(0, MAX_DETAILS_LENGTH);
    }
}
