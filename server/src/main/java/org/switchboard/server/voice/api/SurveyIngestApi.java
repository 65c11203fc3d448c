package org.switchboard.server.voice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.voice.RawResponse;
import org.switchboard.server.voice.SurveyCatalogue;
import org.switchboard.server.voice.SurveyImportOutcome;
import org.switchboard.server.voice.SurveyImportRequest;
import org.switchboard.server.voice.SurveyImporter;

/**
 * Survey responses from other systems ({@value #PATH}), under the ingest API's security: an API token of scope
 * {@code INGEST} ({@code Authorization: Bearer}) or an ADMIN. Responses are checked and stored like an uploaded file,
 * line = the response's 1-based index in the batch; re-sending a batch stores nothing twice.
 */
@RestController
@Tag(name = "Ingest", description = "Send contacts, agent-state events and survey responses to Switchboard.")
@SecurityRequirement(name = "ingestToken", scopes = "INGEST")
class SurveyIngestApi {

    /** The endpoint. */
    static final String PATH = "/api/v1/ingest/survey-responses";

    /** The most responses one request may hold; more are refused with 413. */
    static final int MAX_RESPONSES = 10_000;

    private static final String REQUEST = "request";

    private final SurveyImporter importer;
    private final SurveyCatalogue catalogue;

    SurveyIngestApi(SurveyImporter importer, SurveyCatalogue catalogue) {
        this.importer = importer;
        this.catalogue = catalogue;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Store a batch of survey responses",
            description = "Body: {\"survey\": \"after-contact\", \"source\": \"crm\", \"policy\": \"REJECT_FILE\" or "
                    + "\"QUARANTINE\", \"zone\": \"Europe/Berlin\", \"responses\": [{\"id\": \"R1\", \"answeredAt\": "
                    + "\"2026-03-02T08:00:00Z\", \"contactId\": \"C1\", \"channel\": \"VOICE\", \"language\": \"en\", "
                    + "\"comment\": \"...\", \"answers\": {\"csat\": 5, \"nps\": 9}}]}. At most 10 000 responses. "
                    + "REJECT_FILE: one bad response refuses the batch (422, nothing stored); QUARANTINE: the valid "
                    + "ones are stored (200). An unknown contact id is kept, flagged unlinked. Authorization: an API "
                    + "token with the scope INGEST (Authorization: Bearer ...), which needs no CSRF token; 401 for an "
                    + "unknown or revoked token, 403 naming the scope for a token without it; or an ADMIN's session "
                    + "or HTTP Basic credentials with a CSRF token.")
    ResponseEntity<SurveyImportOutcome> post(@RequestBody ResponseBatch batch, Principal caller) {
        var survey = required(batch.survey(), "survey");
        if (catalogue.find(survey).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no survey with the code " + survey);
        }
        var responses = Objects.requireNonNullElse(batch.responses(), List.<ResponseBatch.ResponseDocument>of());
        if (responses.size() > MAX_RESPONSES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "at most " + MAX_RESPONSES + " responses per request: " + responses.size());
        }
        var raws = new ArrayList<RawResponse>(responses.size());
        for (int k = 0; k < responses.size(); k++) {
            raws.add(raw(k + 1, responses.get(k)));
        }
        var request = new SurveyImportRequest(survey, required(batch.source(), "source"), REQUEST, Optional.empty(),
                zone(batch.zone()), policy(batch.policy()), caller.getName());
        var outcome = importer.importResponses(request, raws);
        return ResponseEntity.status(outcome.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(outcome);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static RawResponse raw(long line, ResponseBatch.ResponseDocument document) {
        var answers = new LinkedHashMap<String, String>();
        if (document.answers() != null) {
            document.answers().forEach((question, answer) -> answers.put(question, answer == null ? ""
                    : String.valueOf(answer)));
        }
        return new RawResponse(line, text(document.id()), text(document.answeredAt()), text(document.contactId()),
                text(document.customer()), text(document.channel()), text(document.language()), text(document.team()),
                text(document.comment()), answers);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is required");
        }
        return value;
    }

    private static Optional<ZoneId> zone(@Nullable String zone) {
        try {
            return zone == null || zone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"zone\" is not a time zone: " + zone, e);
        }
    }

    private static RejectPolicy policy(@Nullable String policy) {
        if (policy == null || policy.isBlank()) {
            return RejectPolicy.REJECT_FILE;
        }
        return RejectPolicy.fromSlug(policy.toLowerCase(Locale.ROOT).replace('_', '-')).orElseThrow(() ->
                new IllegalArgumentException("\"policy\" must be REJECT_FILE or QUARANTINE: " + policy));
    }
}
