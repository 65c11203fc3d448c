/**
 * The ingest REST API ({@code POST /api/v1/ingest/contacts}, {@code /agent-events}): batches of contacts or
 * agent-state events as JSON, read as a stream, each record checked and every bad record reported with its index,
 * field, value and reason; authenticated by an API token of scope {@code INGEST} (see the security module) or an ADMIN.
 */
@NullMarked
package org.switchboard.server.interactions.api;

import org.jspecify.annotations.NullMarked;
