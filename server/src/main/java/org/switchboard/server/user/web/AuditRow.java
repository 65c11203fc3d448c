package org.switchboard.server.user.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.audit.AuditEntry;

/**
 * One line of the audit log page.
 *
 * @param when the time of the change, formatted for the viewer
 * @param instant the same time in ISO-8601 (UTC), for the {@code datetime} attribute
 * @param actor who made the change
 * @param action the action code, e.g. {@code USER_CREATED}
 * @param actionKey bundle key of the action's name, e.g. {@code audit.action.user-created} (codes without a
 *     translation are shown as they are)
 * @param targetKey bundle key of the kind of object changed, e.g. {@code audit.target.user}
 * @param targetType the kind of object changed, as recorded
 * @param targetId the id of the object changed, if any
 * @param details what changed, if recorded
 */
public record AuditRow(
        String when,
        String instant,
        String actor,
        String action,
        String actionKey,
        String targetKey,
        String targetType,
        @Nullable String targetId,
        @Nullable String details) {

    /** {@return the row of an entry, its time written with the given formatter} */
    static AuditRow of(AuditEntry entry, DateTimeFormatter format) {
        return new AuditRow(
                format.format(entry.occurredAt()),
                entry.occurredAt().toString(),
                entry.actor(),
                entry.action(),
                "audit.action." + slug(entry.action()),
                "audit.target." + slug(entry.targetType()),
                entry.targetType(),
                entry.targetId(),
                entry.details());
    }

    private static String slug(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
