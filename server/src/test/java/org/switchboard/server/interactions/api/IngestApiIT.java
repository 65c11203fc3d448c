package org.switchboard.server.interactions.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.ApiTokenScope;
import org.switchboard.server.user.ApiTokens;

/**
 * The ingest API as another system uses it: a bearer token of scope INGEST, batches of contacts and events, re-sent
 * batches, bad records; and who is refused (no token, unknown or revoked tokens, tokens without the scope INGEST,
 * tokens on other endpoints).
 */
@SwitchboardIntegrationTest
class IngestApiIT {

    private static final String CONTACTS = "/api/v1/ingest/contacts";
    private static final String EVENTS = "/api/v1/ingest/agent-events";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private final String source = UniqueNames.of("crm");

    private String tokenName = "";

    @Test
    void aBatchIsStoredOnceAndReSendingItFindsEveryRecordAlreadyPresent() throws Exception {
        var token = token();
        var body = batch("QUARANTINE", answered("c-1"), abandoned("c-2"));

        mvc.perform(withToken(post(CONTACTS), token).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.alreadyPresent").value(0))
                .andExpect(jsonPath("$.rejected").value(0));
        mvc.perform(withToken(post(CONTACTS), token).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.alreadyPresent").value(2))
                .andExpect(jsonPath("$.changed").value(0));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact WHERE source = :source").param("source", source)
                        .query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT DISTINCT actor FROM data_load WHERE source = :source").param("source", source)
                        .query(String.class).list())
                .as("the load names the token it came with")
                .containsExactly("api-token:" + tokenName);
    }

    @Test
    void aBadRecordIsReportedWithItsIndexFieldValueAndReasonAndTheOthersAreStored() throws Exception {
        var bad = answered("c-9").replace("\"VOICE\"", "\"FAX\"");

        mvc.perform(withToken(post(CONTACTS), token()).content(batch("QUARANTINE", answered("c-8"), bad)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.problems[0].file").value("request"))
                .andExpect(jsonPath("$.problems[0].line").value(2))
                .andExpect(jsonPath("$.problems[0].field").value("channel"))
                .andExpect(jsonPath("$.problems[0].value").value("FAX"));
    }

    @Test
    void rejectFileRefusesTheWholeBatchWith422() throws Exception {
        var bad = answered("c-7").replace("\"2026-03-02T08:00:12Z\"", "\"soon\"");

        mvc.perform(withToken(post(CONTACTS), token()).content(batch("REJECT_FILE", answered("c-6"), bad)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.problems[0].field").value("answeredAt"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact WHERE source = :source").param("source", source)
                        .query(Long.class).single())
                .isZero();
    }

    @Test
    void agentEventsAreStoredToo() throws Exception {
        var body = """
                {"source": "%s", "zone": "Europe/Berlin", "records": [
                  {"agentId": "a-1", "at": "2026-03-02T09:00:00", "state": "LOGIN"},
                  {"agentId": "a-1", "at": "2026-03-02T09:30:00", "state": "PAUSE", "reason": "coffee"}]}"""
                .formatted(source);

        mvc.perform(withToken(post(EVENTS), token()).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2));

        // 09:00 in Berlin on 2 March 2026 (CET, UTC+1) is 08:00Z
        assertThat(jdbc.sql("SELECT MIN(occurred_at) FROM agent_state_event WHERE source = :source")
                        .param("source", source)
                        .query(java.time.OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(java.time.Instant.parse("2026-03-02T08:00:00Z"));
    }

    @Test
    void moreRecordsThanABatchHoldsAreRefusedWith413() throws Exception {
        var event = "{\"agentId\": \"a\", \"at\": \"2026-03-02T08:00:00Z\", \"state\": \"READY\"}";
        var body = "{\"source\": \"" + source + "\", \"records\": ["
                + String.join(",", Collections.nCopies(IngestApi.MAX_RECORDS + 1, event)) + "]}";

        mvc.perform(withToken(post(EVENTS), token()).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at most 10000 records")));
    }

    @Test
    void withoutATokenTheAnswerIs401WithAProblemDocument() throws Exception {
        mvc.perform(post(CONTACTS).contentType(MediaType.APPLICATION_JSON).content(batch("QUARANTINE")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anUnknownOrRevokedTokenIs401() throws Exception {
        var revoked = token();
        tokens.revoke(tokens.all().stream().filter(t -> t.name().equals(tokenName)).findFirst().orElseThrow().id(),
                "root");

        mvc.perform(withToken(post(CONTACTS), revoked).content(batch("QUARANTINE", answered("c-1"))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The bearer token is unknown or revoked."));
        mvc.perform(withToken(post(CONTACTS), "sbt_" + "x".repeat(43)).content(batch("QUARANTINE")))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_load WHERE source = :source").param("source", source)
                        .query(Long.class).single())
                .isZero();
    }

    @Test
    void aTokenWithoutTheScopeIngestIs403NamingTheScopeOnEveryIngestEndpoint() throws Exception {
        var schedulesOnly = token(ApiTokenScope.SCHEDULES_READ, ApiTokenScope.SCHEDULES_PLAN);
        var surveys = "{\"survey\": \"" + UniqueNames.of("survey") + "\", \"source\": \"" + source
                + "\", \"responses\": []}";

        for (var request : List.of(
                post(CONTACTS).content(batch("QUARANTINE", answered("c-9"))),
                post(EVENTS).content(batch("QUARANTINE")),
                post("/api/v1/ingest/survey-responses").content(surveys))) {
            mvc.perform(withToken(request, schedulesOnly))
                    .andExpect(status().isForbidden())
                    .andExpect(header().string("WWW-Authenticate",
                            org.hamcrest.Matchers.containsString("error=\"insufficient_scope\", scope=\"INGEST\"")))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.missingScope").value("INGEST"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("scope INGEST")));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_load WHERE source = :source").param("source", source)
                        .query(Long.class).single())
                .isZero();

        // the same request with an INGEST token passes the security check: the unknown survey is the only complaint
        mvc.perform(withToken(post("/api/v1/ingest/survey-responses"), token()).content(surveys))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTokenOpensNoOtherEndpoint() throws Exception {
        var token = token();

        mvc.perform(get("/api/v1/dashboard/data").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/staffing/erlang-b").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
    }

    @Test
    void anAdministratorMaySendABatchWithASessionButNeedsTheCsrfToken() throws Exception {
        var body = batch("QUARANTINE", answered("c-5"));
        var admin = user("root").roles("ADMIN");

        mvc.perform(post(CONTACTS).with(admin).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(CONTACTS).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1));
        mvc.perform(post(CONTACTS).with(user("qa").roles("QA")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/ingest/contacts'].post.security[0].ingestToken[0]")
                        .value("INGEST"))
                .andExpect(jsonPath("$.paths['/api/v1/ingest/survey-responses'].post.security[0].ingestToken[0]")
                        .value("INGEST"))
                .andExpect(jsonPath("$.paths['/api/v1/ingest/contacts'].post.responses['403']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/ingest/agent-events'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/ingest/contacts'].post.responses['413']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/ingest/agent-events'].post.responses['422']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.ingestToken.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.ingestToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.schemas.ContactBatch").exists());
    }

    private String token() {
        return token(ApiTokenScope.INGEST);
    }

    private String token(ApiTokenScope... scopes) {
        tokenName = UniqueNames.of("sender");
        return tokens.issue(tokenName, Set.of(scopes), "root").secret();
    }

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private String batch(String policy, String... records) {
        return "{\"source\": \"" + source + "\", \"policy\": \"" + policy + "\", \"records\": ["
                + String.join(",", records) + "]}";
    }

    private static String answered(String id) {
        return """
                {"sourceId": "%s", "channel": "VOICE", "queue": "sales", "direction": "INBOUND",
                 "customer": "+49 30 1234567", "arrivedAt": "2026-03-02T08:00:00Z",
                 "answeredAt": "2026-03-02T08:00:12Z", "endedAt": "2026-03-02T08:03:12Z", "agentId": "a-7",
                 "disposition": "ANSWERED"}""".formatted(id);
    }

    private static String abandoned(String id) {
        return """
                {"sourceId": "%s", "channel": "CHAT", "queue": "sales", "direction": "INBOUND",
                 "arrivedAt": "2026-03-02T08:01:00Z", "endedAt": "2026-03-02T08:02:30Z",
                 "disposition": "ABANDONED"}""".formatted(id);
    }
}
