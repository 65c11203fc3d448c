package org.switchboard.server.schedules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.schedules.RunStatus;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.VersionStatus;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.ApiTokenScope;
import org.switchboard.server.user.ApiTokens;

/**
 * The schedules REST API with an API token of scope SCHEDULES_PLAN: a run is started from requirement rows, its
 * progress read, a stop asked, and once it has ended its version is listed, read with shifts, breaks and figures,
 * published (once; audited) and downloaded as .xlsx and iCalendar. A token of scope SCHEDULES_READ reads but neither
 * starts, stops nor publishes; an INGEST token opens nothing here (403 naming the scope). Without a token, with an
 * unknown or revoked one, or as a role that only reads, the writes are refused; a browser session needs the CSRF
 * token; the OpenAPI document describes the API and the scopes of each operation.
 */
@SwitchboardIntegrationTest
class ScheduleApiIT {

    private static final String BASE = "/api/v1/schedules";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SchedulePlanning planning;

    @Autowired
    AuditLog auditLog;

    @Test
    void aTokenStartsFollowsStopsListsReadsPublishesAndDownloads() throws Exception {
        var token = token();
        var day = LocalDate.of(2031, 12, 1);

        // a run stopped at once ends STOPPED (or FINISHED, if it ended first) and keeps its best schedule so far,
        // which may still be empty: the partial day has no weekly minimum that would force shifts in
        long stoppedRun = startRun(token, day);
        mvc.perform(withToken(get(BASE + "/runs/" + stoppedRun), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(stoppedRun))
                .andExpect(jsonPath("$.requirement").value("api week"));
        var stop = mvc.perform(withToken(post(BASE + "/runs/" + stoppedRun + "/stop"), token))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        boolean stopping = JsonPath.read(stop, "$.stopping");
        var stopped = planning.awaitEnd(stoppedRun);
        assertThat(stopped.status()).isEqualTo(stopping ? RunStatus.STOPPED : RunStatus.FINISHED);
        var stoppedEnd = mvc.perform(withToken(get(BASE + "/runs/" + stoppedRun), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(stopped.status().name()))
                .andExpect(jsonPath("$.solving").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Number>>read(stoppedEnd, "$.versionIds")).hasSize(1);

        // a run left to finish gives the version read, published and exported below
        long runId = startRun(token, day.plusDays(1));
        var run = planning.awaitEnd(runId);
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        var ended = mvc.perform(withToken(get(BASE + "/runs/" + runId), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINISHED"))
                .andExpect(jsonPath("$.solving").value(false))
                .andReturn().getResponse().getContentAsString();
        List<Number> versionIds = JsonPath.read(ended, "$.versionIds");
        assertThat(versionIds).hasSize(1);
        long versionId = versionIds.getFirst().longValue();
        var stored = planning.version(versionId).orElseThrow();

        var list = mvc.perform(withToken(get(BASE + "/versions").param("status", "DRAFT"), token))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Number> objectives = JsonPath.read(list, "$[?(@.versionId == " + versionId + ")].figures.objective");
        assertThat(objectives).hasSize(1);
        assertThat(objectives.getFirst().doubleValue()).isCloseTo(stored.figures().objective(), within(1e-9));

        var evaluated = planning.evaluate(versionId);
        var version = mvc.perform(withToken(get(BASE + "/versions/" + versionId), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.status").value("DRAFT"))
                .andExpect(jsonPath("$.version.figures.violations").value(0))
                .andExpect(jsonPath("$.violations").isEmpty())
                .andReturn().getResponse().getContentAsString();
        double objective = ((Number) JsonPath.read(version, "$.evaluated.objective")).doubleValue();
        assertThat(objective).isCloseTo(evaluated.quality().objective(), within(1e-9));
        assertThat(((Number) JsonPath.read(version, "$.version.figures.lowerBound")).doubleValue())
                .isCloseTo(stored.figures().lowerBound(), within(1e-9));
        List<Object> shifts = JsonPath.read(version, "$.agents[*].shifts[*]");
        assertThat(shifts).hasSize(evaluated.shifts().size());
        String agentId = JsonPath.read(version, "$.agents[0].agentId");
        List<Object> breaks = JsonPath.read(version, "$.agents[0].shifts[0].breaks");
        var firstShift = evaluated.shifts().stream().filter(shift -> shift.agentId().equals(agentId)).findFirst()
                .orElseThrow();
        assertThat(breaks).hasSize(firstShift.breaks().size());

        mvc.perform(withToken(post(BASE + "/versions/" + versionId + "/publish"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        assertThat(planning.version(versionId).orElseThrow().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(SchedulePlanning.AUDIT_PUBLISHED);
            assertThat(entry.targetId()).isEqualTo(String.valueOf(versionId));
            assertThat(entry.actor()).isEqualTo(ApiTokens.ACTOR_PREFIX + tokenName);
        });
        mvc.perform(withToken(post(BASE + "/versions/" + versionId + "/publish"), token))
                .andExpect(status().isConflict());

        var xlsx = mvc.perform(withToken(get(BASE + "/versions/" + versionId + "/export.xlsx"), token))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("schedule-" + versionId + ".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).as("a zip archive").isEqualTo("PK");
        var ics = mvc.perform(withToken(get(BASE + "/versions/" + versionId + "/calendar/" + agentId), token))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2 + firstShift.breaks().size());
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        var token = token();
        var body = """
                {"firstDay": "2031-12-08", "days": 1, "requirement": [
                  {"timestamp": "08:00 on Monday", "skill": "service", "agents": 1}]}""";
        mvc.perform(withToken(post(BASE + "/runs"), token).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "requirement[0].timestamp: 08:00 on Monday")));
        mvc.perform(withToken(post(BASE + "/runs"), token).content("{\"requirementSetId\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("firstDay")));
        mvc.perform(withToken(get(BASE + "/runs/0"), token)).andExpect(status().isNotFound());
    }

    @Test
    void withoutAValidTokenOrAsAReaderTheWritesAreRefused() throws Exception {
        var body = runBody(LocalDate.of(2031, 12, 15), 5);
        mvc.perform(post(BASE + "/runs").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(withToken(post(BASE + "/runs"), "sbt_" + "x".repeat(43)).content(body))
                .andExpect(status().isUnauthorized());
        var revoked = token();
        var id = tokens.all().stream().filter(token -> token.name().equals(tokenName)).findFirst().orElseThrow().id();
        tokens.revoke(id, "root");
        mvc.perform(withToken(get(BASE + "/versions"), revoked)).andExpect(status().isUnauthorized());

        // a supervisor reads but does not plan; a planner's session needs the CSRF token
        var supervisor = user("supervisor").roles("SUPERVISOR");
        mvc.perform(get(BASE + "/versions").with(supervisor)).andExpect(status().isOk());
        mvc.perform(post(BASE + "/runs").with(supervisor).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/runs").with(user("planner").roles("PLANNER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/versions").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());

        // a token opens the schedules API, not the pages of the section
        mvc.perform(get("/schedules").header("Authorization", "Bearer " + token()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
    }

    @Test
    void aReadTokenReadsButNeitherStartsStopsNorPublishes() throws Exception {
        var reader = token(ApiTokenScope.SCHEDULES_READ);
        var runsBefore = planning.latestRuns(1);

        mvc.perform(withToken(get(BASE + "/versions"), reader)).andExpect(status().isOk());
        // past the security check: the run does not exist
        mvc.perform(withToken(get(BASE + "/runs/0"), reader)).andExpect(status().isNotFound());
        // refused before the handler, so 403 rather than the 404 an unknown run or version would get
        for (var write : List.of(
                post(BASE + "/runs").content(runBody(LocalDate.of(2031, 12, 29), 5)),
                post(BASE + "/runs/0/stop"),
                post(BASE + "/versions/0/publish"))) {
            mvc.perform(withToken(write, reader))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.missingScope").value("SCHEDULES_PLAN"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("SCHEDULES_PLAN")));
        }
        assertThat(planning.latestRuns(1)).as("no run started").isEqualTo(runsBefore);
    }

    @Test
    void anIngestTokenIsRefusedWith403NamingTheScopeOnReadsAndWrites() throws Exception {
        var ingest = token(ApiTokenScope.INGEST);

        mvc.perform(withToken(get(BASE + "/versions"), ingest))
                .andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString(
                        "error=\"insufficient_scope\", scope=\"SCHEDULES_READ SCHEDULES_PLAN\"")))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.missingScope").value("SCHEDULES_READ"));
        mvc.perform(withToken(get(BASE + "/runs/0"), ingest))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.missingScope").value("SCHEDULES_READ"));
        mvc.perform(withToken(post(BASE + "/runs"), ingest).content(runBody(LocalDate.of(2031, 12, 29), 5)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.missingScope").value("SCHEDULES_PLAN"));
        mvc.perform(withToken(post(BASE + "/versions/0/publish"), ingest))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.missingScope").value("SCHEDULES_PLAN"));
    }

    @Test
    void theOpenApiDocumentDescribesTheScheduleEndpointsAndTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("planner").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/schedules/runs'].post.security[0].scheduleToken")
                        .value(org.hamcrest.Matchers.contains("SCHEDULES_PLAN")))
                .andExpect(jsonPath("$.paths['/api/v1/schedules/versions'].get.security[0].scheduleToken")
                        .value(org.hamcrest.Matchers.contains("SCHEDULES_READ", "SCHEDULES_PLAN")))
                .andExpect(jsonPath("$.paths['/api/v1/schedules/versions/{versionId}/publish'].post.description")
                        .value(org.hamcrest.Matchers.containsString("scope SCHEDULES_PLAN")))
                .andExpect(jsonPath("$.paths['/api/v1/schedules/runs/{runId}'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/schedules/versions/{versionId}/publish'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.scheduleToken.scheme").value("bearer"));
    }

    private String tokenName = "";

    private String token() {
        return token(ApiTokenScope.SCHEDULES_PLAN);
    }

    private String token(ApiTokenScope scope) {
        tokenName = UniqueNames.of("planner-system");
        return tokens.issue(tokenName, Set.of(scope), "root").secret();
    }

    /** A day needing 3 service agents from 10:00 to 16:00 and none otherwise, every 15-minute interval listed. */
    /** Starts a one-day run through the API; {@return its id} */
    private long startRun(String token, LocalDate day) throws Exception {
        var started = mvc.perform(withToken(post(BASE + "/runs"), token).content(runBody(day, 20)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(BASE + "/runs/")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(started, "$.runId")).longValue();
    }

    private static String runBody(LocalDate day, int seconds) {
        var rows = new StringBuilder();
        for (int slot = 0; slot < 96; slot++) {
            var start = day.atStartOfDay().plusMinutes(15L * slot);
            int hour = start.getHour();
            rows.append(slot == 0 ? "" : ",").append("{\"timestamp\": \"").append(start).append("\", ")
                    .append("\"skill\": \"service\", \"agents\": ").append(hour >= 10 && hour < 16 ? 3 : 0).append('}');
        }
        return "{\"label\": \"api week\", \"firstDay\": \"" + day + "\", \"days\": 1, \"intervalMinutes\": 15, "
                + "\"timeLimitSeconds\": " + seconds + ", \"requirement\": [" + rows + "]}";
    }

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }
}
