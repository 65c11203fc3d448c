package org.switchboard.server.interactions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.switchboard.engine.interactions.AgentEvent;
import org.switchboard.engine.interactions.Interaction;
import org.switchboard.server.interactions.ImportFormat;
import org.switchboard.server.interactions.ImportRequest;
import org.switchboard.server.interactions.Importer;
import org.switchboard.server.interactions.RejectPolicy;

/**
 * The ingest API: batches of contacts or agent-state events from other systems. The body is read as a stream, one
 * record at a time ({@link IngestBatchReader}); at most {@value #MAX_RECORDS} records per request. Records are stored
 * through the {@link Importer} like an uploaded file, so re-sending a batch duplicates nothing ("already present").
 */
@RestController
@RequestMapping(IngestApi.INGEST)
@Tag(name = "Ingest", description = "Send contacts and agent-state events to Switchboard in batches.")
@SecurityScheme(
        name = IngestApi.TOKEN_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API token that an administrator issues under Administration → API tokens. The ingest"
                + " endpoints need the scope INGEST; a token without it is answered 403 naming the scope.")
@SecurityRequirement(name = IngestApi.TOKEN_SCHEME, scopes = IngestApi.SCOPE)
class IngestApi {

    /** The base path of the ingest API. */
    static final String INGEST = "/api/v1/ingest";

    /** The most records one request may hold; more are refused with 413. */
    static final int MAX_RECORDS = 10_000;

    /** The most bytes one request body may hold (about 6 KB per record at the most records); more are refused. */
    static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    /** The name of the bearer-token security scheme in the OpenAPI document. */
    static final String TOKEN_SCHEME = "ingestToken";

    /** The API token scope the ingest endpoints need. */
    static final String SCOPE = "INGEST";

    private static final String DESCRIPTION = """
            Body: {"source": "crm", "zone": "Europe/Berlin", "policy": "REJECT_FILE" or "QUARANTINE", \
            "records": [...]}. "source" (1 to 32 characters) names the sending system: with each record's id it is \
            the natural key, so sending a batch again stores nothing twice. "zone" (default: the centre's zone) and \
            "policy" (default REJECT_FILE) must come before "records". Date-times are ISO-8601, with an offset \
            (2026-03-02T08:00:00Z) or local to "zone". At most 10 000 records and 64 MB per request (413 beyond). \
            Each bad record is reported with file "request", line = its 1-based index, the field, the value and the \
            reason. REJECT_FILE: one bad record refuses the batch (422, nothing stored); QUARANTINE: the valid \
            records are stored and the bad ones kept in quarantine (200). Authorization: an API token with the \
            scope INGEST (Authorization: Bearer ...), which needs no CSRF token, 403 naming the scope for a token \
            without it; or an ADMIN's session or HTTP Basic credentials with a CSRF token.""";

    private final IngestBatchReader reader;
    private final Importer importer;

    IngestApi(Importer importer, @Value("${switchboard.time-zone:UTC}") ZoneId centreZone) {
        this.importer = importer;
        this.reader = new IngestBatchReader(centreZone, MAX_RECORDS);
    }

    @PostMapping(path = "/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Store a batch of contacts",
            description = DESCRIPTION + " Contact fields, as in the Interaction model: sourceId, channel (VOICE, "
                    + "CHAT, EMAIL, MESSENGER, VIDEO, SMS), queue, direction (INBOUND, OUTBOUND), customer, "
                    + "arrivedAt, answeredAt, endedAt, wrapEndedAt, agentId, disposition (ANSWERED, ABANDONED, "
                    + "SHORT_ABANDON, OVERFLOWED, TRANSFERRED), reasonCode, sale, revenue.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    required = true,
                    content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ContactBatchDocument.class))))
    @IngestResponses
    ResponseEntity<IngestResponse> contacts(HttpServletRequest request, Principal caller) throws IOException {
        var batch = reader.read(body(request), new ContactShape());
        return store(batch, caller, batch.records(), List.of());
    }

    @PostMapping(path = "/agent-events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Store a batch of agent-state events",
            description = DESCRIPTION + " Event fields, as in the AgentEvent model: agentId, at, state (LOGIN, "
                    + "READY, PAUSE, ON_CONTACT, WRAP_UP, LOGOUT), reason (PAUSE only), contactId (ON_CONTACT and "
                    + "WRAP_UP only).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    required = true,
                    content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AgentEventBatchDocument.class))))
    @IngestResponses
    ResponseEntity<IngestResponse> agentEvents(HttpServletRequest request, Principal caller) throws IOException {
        var batch = reader.read(body(request), new AgentEventShape());
        return store(batch, caller, List.of(), batch.records());
    }

    @ExceptionHandler(IngestRequestRefused.class)
    ProblemDetail refused(IngestRequestRefused refused) {
        return ProblemDetail.forStatusAndDetail(refused.status(), refused.getMessage());
    }

    private ResponseEntity<IngestResponse> store(
            IngestBatch<?> batch,
            Principal caller,
            List<Interaction> contacts,
            List<AgentEvent> events) {
        var request = new ImportRequest(
                batch.source(),
                RecordFields.REQUEST,
                ImportFormat.JSON,
                Optional.empty(),
                batch.zone(),
                policy(batch),
                caller.getName());
        var outcome = importer.importRecords(request, contacts, events, batch.problems());
        return ResponseEntity.status(outcome.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(IngestResponse.of(outcome));
    }

    private static BoundedBody body(HttpServletRequest request) throws IOException {
        return new BoundedBody(request.getInputStream(), MAX_BODY_BYTES);
    }

    private static RejectPolicy policy(IngestBatch<?> batch) {
        return batch.policy()
                .map(name -> RejectPolicy.fromSlug(name.toLowerCase(Locale.ROOT).replace('_', '-'))
                        .orElseThrow(() -> new IngestRequestRefused(HttpStatus.BAD_REQUEST,
                                "\"policy\" must be REJECT_FILE or QUARANTINE: " + name)))
                .orElse(RejectPolicy.REJECT_FILE);
    }
}
