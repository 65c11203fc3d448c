package org.switchboard.server.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.ApiTokenScope;
import org.switchboard.server.user.ApiTokens;
import org.switchboard.server.user.TokenCaller;

/**
 * The API token page as an administrator uses it: issue with the chosen scopes (the secret shown once), list with the
 * scopes, revoke; all audited with the scopes.
 */
@SwitchboardIntegrationTest
class ApiTokenPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void issuingShowsTheSecretOnceAndStoresOnlyItsHash() throws Exception {
        var name = UniqueNames.of("crm");

        var result = mvc.perform(asAdmin(post("/admin/api-tokens")).with(csrf()).param("name", name)
                        .param("scopes", "SCHEDULES_READ", "INGEST"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        var page = Jsoup.parse(result.getResponse().getContentAsString());

        var secret = page.select("[data-testid=token-secret]").text();
        // "sbt_" + 32 random bytes in unpadded URL-safe Base64: ceil(32 * 8 / 6) = 43 characters
        assertThat(secret).startsWith("sbt_").hasSize(4 + 43);
        var stored = jdbc.sql("SELECT token_hash FROM api_token WHERE name = :name")
                .param("name", name)
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).isNotEqualTo(secret).doesNotContain(secret.substring(4));
        assertThat(tokens.authenticate(secret)).contains(new TokenCaller(
                "api-token:" + name, Set.of(ApiTokenScope.INGEST, ApiTokenScope.SCHEDULES_READ)));
        assertThat(auditLog.latest(20))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("API_TOKEN_ISSUED");
                    assertThat(entry.targetId()).isEqualTo(name);
                    assertThat(entry.actor()).isEqualTo("root");
                    assertThat(entry.details()).isEqualTo("scopes: INGEST, SCHEDULES_READ");
                });

        var list = page(asAdmin(get("/admin/api-tokens")));
        assertThat(list.select("[data-testid=token-secret]")).as("the secret is never shown again").isEmpty();
        assertThat(list.text()).contains(name).doesNotContain(secret);
        var scopes = list.select("tr:contains(" + name + ") [data-testid=token-scopes] .token-scope");
        assertThat(scopes.eachAttr("data-scope")).containsExactly("INGEST", "SCHEDULES_READ");
        assertThat(scopes.eachText()).containsExactly(
                messages.getMessage("tokscope.scope.INGEST", null, Locale.ENGLISH),
                messages.getMessage("tokscope.scope.SCHEDULES_READ", null, Locale.ENGLISH));
    }

    @Test
    void theFormOffersEveryScopeUncheckedAndRefusesATokenWithoutOne() throws Exception {
        var form = page(asAdmin(get("/admin/api-tokens")));
        var boxes = form.select("input[type=checkbox][name=scopes]");
        assertThat(boxes.eachAttr("value")).containsExactly("INGEST", "SCHEDULES_READ", "SCHEDULES_PLAN");
        assertThat(boxes.select("[checked]")).as("the administrator picks what a token may do").isEmpty();
        assertThat(form.select("label[for=" + boxes.getFirst().id() + "]").text())
                .contains(messages.getMessage("tokscope.scope.INGEST.hint", null, Locale.ENGLISH));

        var name = UniqueNames.of("scopeless");
        var refused = page(asAdmin(post("/admin/api-tokens")).with(csrf()).param("name", name)
                .locale(Locale.forLanguageTag("ru")));

        assertThat(refused.select(".field-error").text())
                .isEqualTo(messages.getMessage("tokscope.error.scopes", null, Locale.forLanguageTag("ru")));
        assertThat(refused.select("[data-testid=token-secret]")).isEmpty();
        assertThat(tokens.all()).noneMatch(token -> token.name().equals(name));

        var kept = page(asAdmin(post("/admin/api-tokens")).with(csrf()).param("name", "")
                .param("scopes", "SCHEDULES_PLAN"));
        assertThat(kept.select("input[name=scopes][checked]").eachAttr("value"))
                .as("a refused form keeps the scopes chosen").containsExactly("SCHEDULES_PLAN");
    }

    @Test
    void revokingStopsTheTokenAndIsAudited() throws Exception {
        var name = UniqueNames.of("pbx");
        var issued = tokens.issue(name, Set.of(ApiTokenScope.SCHEDULES_PLAN), "root");

        mvc.perform(asAdmin(post("/admin/api-tokens/" + issued.token().id() + "/revoke")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/api-tokens"))
                .andExpect(flash().attribute("notice", "api-token.revoked"));

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        var row = page(asAdmin(get("/admin/api-tokens"))).select("tr:contains(" + name + ")");
        assertThat(row.select("form")).as("a revoked token has no revoke button").isEmpty();
        assertThat(row.text()).contains("Revoked", "root");
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("API_TOKEN_REVOKED");
            assertThat(entry.targetId()).isEqualTo(name);
            assertThat(entry.details()).isEqualTo("scopes: SCHEDULES_PLAN");
        });
    }

    @Test
    void aTakenOrBlankNameIsReportedOnTheField() throws Exception {
        var name = UniqueNames.of("taken");
        tokens.issue(name, Set.of(ApiTokenScope.INGEST), "root");

        var taken = page(asAdmin(post("/admin/api-tokens")).with(csrf()).param("name", name)
                .param("scopes", "INGEST"));
        var blank = page(asAdmin(post("/admin/api-tokens")).with(csrf()).param("name", "  ")
                .param("scopes", "INGEST").locale(Locale.CHINA));

        assertThat(taken.select(".field-error").text())
                .isEqualTo(messages.getMessage("api-token.error.name-taken", new Object[] {name}, Locale.ENGLISH));
        assertThat(blank.select(".field-error").text())
                .isEqualTo(messages.getMessage("api-token.error.name", null, Locale.CHINA));
        assertThat(taken.select("[data-testid=token-secret]")).isEmpty();
    }

    @Test
    void aTokenSentToThePagesOpensNothing() throws Exception {
        var issued = tokens.issue(UniqueNames.of("nosy"), EnumSet.allOf(ApiTokenScope.class), "root");

        var response = mvc.perform(get("/admin/api-tokens")
                        .accept(MediaType.TEXT_HTML)
                        .header("Authorization", "Bearer " + issued.secret()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).as("the page is not shown").isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user("root").roles("ADMIN"));
    }
}
