/**
 * Audit log: who changed what and when. Every write in the application records one {@link AuditEntry} through
 * {@link AuditLog} in the same transaction as the change itself.
 */
@NullMarked
package org.switchboard.server.audit;

import org.jspecify.annotations.NullMarked;
