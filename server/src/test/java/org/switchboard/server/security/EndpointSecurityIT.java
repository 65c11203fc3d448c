package org.switchboard.server.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.switchboard.server.user.Role.ADMIN;
import static org.switchboard.server.user.Role.ANALYST;
import static org.switchboard.server.user.Role.MANAGER;
import static org.switchboard.server.user.Role.PLANNER;
import static org.switchboard.server.user.Role.QA;
import static org.switchboard.server.user.Role.SUPERVISOR;
import static org.switchboard.server.user.Role.VIEWER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.user.Role;
import org.switchboard.server.user.UserAdministration;

/**
 * Walks every registered endpoint (controllers, springdoc, actuator) with every role and without a user, and checks the
 * role rule against a table written out here. The table is deliberately not derived from
 * {@link org.switchboard.server.shell.Section}: it is the second, independent statement of who may open what, so a
 * mistake in the security configuration or in {@code Section} shows up as a difference. A new endpoint fails
 * {@link #everyRegisteredEndpointHasARule()} until it gets a line in {@link #RULES}.
 *
 * <p>Allowed means the request is not refused: no 401, no 403, no redirect to the login page. Refused means 403 for a
 * signed-in user, and for an anonymous caller a redirect to {@code /login} (pages) or 401 (API, OpenAPI, actuator).
 */
@SwitchboardIntegrationTest
class EndpointSecurityIT {

    /** Who may call an endpoint: anyone, any signed-in user, or holders of one of some roles. */
    sealed interface Access permits Public, AnySignedIn, Roles {

        boolean admits(@Nullable Role caller);
    }

    record Public() implements Access {
        @Override
        public boolean admits(@Nullable Role caller) {
            return true;
        }
    }

    record AnySignedIn() implements Access {
        @Override
        public boolean admits(@Nullable Role caller) {
            return caller != null;
        }
    }

    record Roles(Set<Role> roles) implements Access {
        @Override
        public boolean admits(@Nullable Role caller) {
            return caller != null && roles.contains(caller);
        }
    }

    private static final Access PUBLIC = new Public();
    private static final Access ANY_SIGNED_IN = new AnySignedIn();

    private static Access only(Role first, Role... more) {
        return new Roles(EnumSet.of(first, more));
    }

    /**
     * The role rule of every endpoint, as {@code "METHOD /path-pattern"}; {@code ANY} for a mapping that accepts every
     * method (tested with GET). Path variables are filled from {@link #SAMPLE_PATH_VARIABLES}.
     */
    static final Map<String, Access> RULES = Map.ofEntries(
            // shell and sign-in
            entry("GET /", ANY_SIGNED_IN),
            entry("GET /login", PUBLIC),
            entry("ANY /error", PUBLIC),
            entry("GET /dashboard", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            // sections (pages not built yet, and the schedules planning page)
            entry("GET /quality", only(ADMIN, MANAGER, QA, SUPERVISOR)),
            entry("GET /schedules", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /wallboard", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            entry("GET /journeys", only(ADMIN, MANAGER, ANALYST, QA, VIEWER)),
            entry("GET /improvement", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR)),
            entry("GET /cases", only(ADMIN, MANAGER, SUPERVISOR, QA)),
            // staffing
            entry("GET /staffing", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("GET /staffing/erlang-b", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("GET /staffing/capacity", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("GET /staffing/simulate", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("POST /api/v1/staffing/requirement", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("POST /api/v1/staffing/evaluate", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("POST /api/v1/staffing/erlang-b", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("POST /api/v1/staffing/simulate", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("GET /staffing/bulk", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("POST /staffing/bulk", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("GET /staffing/bulk/{id}", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("GET /staffing/bulk/{id}/export.xlsx", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            entry("GET /staffing/bulk/problems.csv", only(ADMIN, MANAGER, PLANNER, ANALYST, SUPERVISOR)),
            // administration
            entry("GET /admin", only(ADMIN)),
            entry("GET /admin/users", only(ADMIN)),
            entry("GET /admin/users/new", only(ADMIN)),
            entry("POST /admin/users", only(ADMIN)),
            entry("GET /admin/users/{id}", only(ADMIN)),
            entry("POST /admin/users/{id}", only(ADMIN)),
            entry("POST /admin/users/{id}/password", only(ADMIN)),
            entry("GET /admin/audit", only(ADMIN)),
            // KPIs: every role reads; queue settings are changed by ADMIN and MANAGER only
            entry("GET /kpis", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            entry("GET /kpis/agents", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            entry("GET /kpis/agents/{agentId}", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            entry("GET /kpis/export.xlsx", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            entry("GET /kpis/export.csv", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            entry("GET /kpis/queues", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            entry("POST /kpis/queues/{queue}", only(ADMIN, MANAGER)),
            // REST API
            entry("GET /api/v1/dashboard/data", only(ADMIN, MANAGER, PLANNER, SUPERVISOR, QA, ANALYST, VIEWER)),
            // OpenAPI document and its UI
            entry("GET /v3/api-docs", ANY_SIGNED_IN),
            entry("GET /v3/api-docs.yaml", ANY_SIGNED_IN),
            entry("GET /v3/api-docs/swagger-config", ANY_SIGNED_IN),
            entry("GET /swagger-ui.html", ANY_SIGNED_IN),
            // actuator: health status for load balancers, the rest for administrators
            entry("GET /actuator", only(ADMIN)),
            entry("GET /actuator/health", PUBLIC),
            entry("GET /actuator/health/**", PUBLIC),
            entry("GET /actuator/info", only(ADMIN)),
            entry("GET /actuator/metrics", only(ADMIN)),
            entry("GET /actuator/metrics/{requiredMetricName}", only(ADMIN)),
            entry("GET /actuator/prometheus", only(ADMIN)),
            // ui: API tokens, ingest API, interaction uploads, loads and quarantine
            entry("GET /admin/api-tokens", only(ADMIN)),
            entry("POST /admin/api-tokens", only(ADMIN)),
            entry("POST /admin/api-tokens/{id}/revoke", only(ADMIN)),
            entry("POST /api/v1/ingest/contacts", only(ADMIN)),
            entry("POST /api/v1/ingest/agent-events", only(ADMIN)),
            entry("GET /interactions", only(ADMIN, MANAGER, SUPERVISOR, ANALYST, PLANNER, QA)),
            entry("POST /interactions/uploads", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /interactions/jobs/{id}", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /interactions/jobs/{id}/progress", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /interactions/loads/{id}", only(ADMIN, MANAGER, SUPERVISOR, ANALYST, PLANNER, QA)),
            entry("GET /interactions/loads/{id}/rejects.csv", only(ADMIN, MANAGER, SUPERVISOR, ANALYST, PLANNER, QA)),
            entry("POST /interactions/loads/{load}/rejections/{id}/resubmit", only(ADMIN, SUPERVISOR)),
            entry("POST /interactions/loads/{load}/rejections/{id}/discard", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /interactions/profiles", only(ADMIN, MANAGER, SUPERVISOR, ANALYST, PLANNER, QA)),
            entry("GET /interactions/profiles/new", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /interactions/profiles", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /interactions/profiles/{id}", only(ADMIN, MANAGER, SUPERVISOR, ANALYST, PLANNER, QA)),
            entry("POST /interactions/profiles/{id}", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /interactions/profiles/{id}/delete", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /interactions/profiles/built-in", only(ADMIN, MANAGER, SUPERVISOR, ANALYST, PLANNER, QA)),
            entry("GET /interactions/profiles/export", only(ADMIN, MANAGER, SUPERVISOR, ANALYST, PLANNER, QA)),
            entry("POST /interactions/profiles/import", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /interactions/profiles/preview", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            // customer voice: every role of the section reads; imports and mappings by ADMIN, MANAGER, ANALYST
            entry("GET /customer-voice", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /customer-voice/export.xlsx", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /customer-voice/comments", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /customer-voice/drivers", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /customer-voice/staff", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /customer-voice/convert", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /customer-voice/sample-size", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /customer-voice/imports", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("POST /customer-voice/imports", only(ADMIN, MANAGER, ANALYST)),
            entry("POST /customer-voice/mappings", only(ADMIN, MANAGER, ANALYST)),
            entry("GET /customer-voice/surveys", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("POST /customer-voice/surveys", only(ADMIN, MANAGER, ANALYST)),
            entry("GET /api/v1/customer-voice/surveys", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /api/v1/customer-voice/metrics", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("GET /api/v1/customer-voice/staff", only(ADMIN, MANAGER, ANALYST, QA, SUPERVISOR, VIEWER)),
            entry("POST /api/v1/ingest/survey-responses", only(ADMIN)),
            // forecast: pages, runs, versions, calendar, accuracy and exports
            entry("GET /forecast", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("POST /forecast/runs", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("GET /forecast/runs/{run}", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("GET /forecast/versions/{version}", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("POST /forecast/versions/{version}/adjustments", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("POST /forecast/versions/{version}/publish", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("GET /forecast/versions/{version}/export.xlsx", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("GET /forecast/special-days", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("POST /forecast/special-days", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("POST /forecast/special-days/{entry}/delete", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("POST /forecast/outliers", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("POST /forecast/outliers/{outlier}/delete", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("GET /forecast/accuracy", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            entry("GET /forecast/accuracy/export.xlsx", only(ADMIN, MANAGER, PLANNER, ANALYST)),
            // schedules: the section's roles read; SUPERVISOR does not plan, edit or publish
            entry("POST /schedules/runs", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /schedules/runs/{runId}", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /schedules/runs/{runId}/progress", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /schedules/runs/{runId}/stop", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /schedules/versions/{versionId}", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /schedules/versions/{versionId}/edits", only(ADMIN, MANAGER, PLANNER)),
            entry("POST /schedules/versions/{versionId}/publish", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /schedules/versions/{versionId}/export.xlsx", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /schedules/versions/{versionId}/calendar/{agentId}", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /schedules/adherence", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            // schedules: the rules editor (SUPERVISOR reads the rules page, the forms are for planners) and the REST API
            entry("GET /schedules/rules", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /schedules/rules/weights", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /schedules/rules/rules.json", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /schedules/rules/import", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /schedules/rules/{kind}/new", only(ADMIN, MANAGER, PLANNER)),
            entry("POST /schedules/rules/{kind}", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /schedules/rules/{kind}/{ruleId}", only(ADMIN, MANAGER, PLANNER)),
            entry("POST /schedules/rules/{kind}/{ruleId}", only(ADMIN, MANAGER, PLANNER)),
            entry("POST /schedules/rules/{kind}/{ruleId}/delete", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /api/v1/schedules/versions", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /api/v1/schedules/versions/{versionId}", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /api/v1/schedules/runs", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /api/v1/schedules/runs/{runId}", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("POST /api/v1/schedules/runs/{runId}/stop", only(ADMIN, MANAGER, PLANNER)),
            entry("POST /api/v1/schedules/versions/{versionId}/publish", only(ADMIN, MANAGER, PLANNER)),
            entry("GET /api/v1/schedules/versions/{versionId}/export.xlsx", only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            entry("GET /api/v1/schedules/versions/{versionId}/calendar/{agentId}",
                    only(ADMIN, MANAGER, PLANNER, SUPERVISOR)),
            // the rejected lines of a survey load: its import editors only (the values are the source's as read)
            entry("GET /customer-voice/imports/{load}/rejects.csv", only(ADMIN, MANAGER, ANALYST)),
            entry("GET /customer-voice/imports/{load}/quarantine", only(ADMIN, MANAGER, ANALYST)),
            entry("POST /customer-voice/imports/{load}/quarantine", only(ADMIN, MANAGER, ANALYST)));

    /**
     * Values for path variables and for a trailing {@code /**}; {@code id} is an existing user (see
     * {@link #sampleValue}).
     */
    private static final Map<String, String> SAMPLE_PATH_VARIABLES =
            Map.ofEntries(Map.entry("**", "db"), Map.entry("requiredMetricName", "jvm.memory.used"),
                    Map.entry("load", "0"), Map.entry("agentId", "A001"), Map.entry("queue", "service"),
                    Map.entry("run", "no-such-run"), Map.entry("version", "0"), Map.entry("entry", "0"),
                    Map.entry("outlier", "0"), Map.entry("runId", "0"), Map.entry("versionId", "0"),
                    Map.entry("kind", "contracts"), Map.entry("ruleId", "0"));

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}|(?<=/)(\\*\\*)$");

    /** Paths called by programs rather than browsers: an anonymous call gets 401, not the login page. */
    private static final Pattern MACHINE_PATH = Pattern.compile("^/(api|actuator|v3/api-docs)(/.*|\\..*)?$");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserAdministration users;

    @Test
    void everyRegisteredEndpointHasARule() {
        var registered = registeredEndpoints();
        var withoutRule = new TreeSet<>(registered);
        withoutRule.removeAll(RULES.keySet());
        var stale = new TreeSet<>(RULES.keySet());
        stale.removeAll(registered);
        assertThat(withoutRule)
                .as("endpoints without a line in EndpointSecurityIT.RULES: add one, and a role rule in"
                        + " SecurityConfiguration or Section")
                .isEmpty();
        assertThat(stale)
                .as("lines in EndpointSecurityIT.RULES whose endpoint no longer exists")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointAdmitsExactlyTheRolesOfItsRule() {
        var registered = registeredEndpoints();
        return RULES.keySet().stream()
                .filter(registered::contains)
                .sorted()
                .map(endpoint -> DynamicContainer.dynamicContainer(
                        endpoint,
                        callers().map(caller -> dynamicTest(
                                caller == null ? "anonymous" : caller.name(),
                                () -> checkAccess(endpoint, RULES.get(endpoint), caller)))));
    }

    private void checkAccess(String endpoint, Access rule, @Nullable Role caller) throws Exception {
        var result = mvc.perform(request(endpoint, caller)).andReturn();
        var status = result.getResponse().getStatus();
        var description = endpoint + " as " + (caller == null ? "anonymous" : caller) + " answered " + status + " "
                + result.getResponse().getHeader(HttpHeaders.LOCATION);
        if (rule.admits(caller)) {
            assertThat(status).as(description + ", expected to be allowed").isNotIn(401, 403);
            assertThat(redirectsToLogin(result)).as(description + ", expected to be allowed").isFalse();
            if (!endpoint.endsWith(" /error")) {
                // the walk sends no form fields: an allowed write must reject them, not fail
                assertThat(status).as(description + ", expected an answer without a server error").isLessThan(500);
            }
        } else if (caller != null) {
            assertThat(status).as(description + ", expected 403").isEqualTo(403);
        } else if (isMachinePath(endpoint)) {
            assertThat(status).as(description + ", expected 401").isEqualTo(401);
        } else {
            assertThat(redirectsToLogin(result))
                    .as(description + ", expected a redirect to the login page")
                    .isTrue();
        }
    }

    private MockHttpServletRequestBuilder request(String endpoint, @Nullable Role caller) {
        var method = endpoint.substring(0, endpoint.indexOf(' '));
        var pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        var path = expand(pattern);
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method.equals("ANY") ? "GET" : method), path)
                // the servlet path is the whole path, as with the real server's DispatcherServlet mapped to "/"
                .servletPath(path.equals("/") ? "" : path)
                .accept(isMachinePath(endpoint) ? MediaType.ALL : MediaType.TEXT_HTML);
        if (!method.equals("GET") && !method.equals("ANY")) {
            request.with(csrf());
        }
        if (caller != null) {
            request.with(user(caller.name().toLowerCase(Locale.ROOT)).roles(caller.name()));
        }
        return request;
    }

    private String expand(String pattern) {
        return PATH_VARIABLE.matcher(pattern)
                .replaceAll(variable -> sampleValue(variable.group(1) != null ? variable.group(1) : variable.group(3)));
    }

    private String sampleValue(String variable) {
        if (variable.equals("id")) {
            // an existing account; the writes in the walk send empty forms, which are rejected without a change
            return String.valueOf(users.findByUsername("viewer").orElseThrow().id());
        }
        var value = SAMPLE_PATH_VARIABLES.get(variable);
        assertThat(value).as("sample value for path variable {%s}: add it to SAMPLE_PATH_VARIABLES", variable)
                .isNotNull();
        return value;
    }

    private static boolean isMachinePath(String endpoint) {
        return MACHINE_PATH.matcher(endpoint.substring(endpoint.indexOf(' ') + 1)).matches();
    }

    private static boolean redirectsToLogin(MvcResult result) {
        var location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        return result.getResponse().getStatus() / 100 == 3
                && location != null
                && location.replaceFirst("^https?://[^/]+", "").startsWith("/login");
    }

    /** {@return every endpoint registered with Spring MVC, as {@code "METHOD /pattern"}} */
    private Set<String> registeredEndpoints() {
        var endpoints = new TreeSet<String>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                for (var pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    } else {
                        methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                    }
                }
            }
        }
        return endpoints;
    }

    /** {@return every role, then no user at all ({@code null})} */
    private static Stream<@Nullable Role> callers() {
        return Stream.concat(Arrays.stream(Role.values()), Stream.of((Role) null));
    }
}
