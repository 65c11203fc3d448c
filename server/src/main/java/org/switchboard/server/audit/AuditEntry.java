package org.switchboard.server.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change.
 *
 * @param id database id
 * @param occurredAt when the change was made (UTC)
 * @param actor user name of who made it, or {@code system} for start-up work
 * @param action verb of the change, e.g. {@code USER_CREATED}
 * @param targetType kind of object changed, e.g. {@code user}
 * @param targetId id of the object changed, when there is one
 * @param details free text: what changed (never a password)
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        @Nullable String targetId,
        @Nullable String details) {

    /** Validates the mandatory fields. */
    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
    }
}
