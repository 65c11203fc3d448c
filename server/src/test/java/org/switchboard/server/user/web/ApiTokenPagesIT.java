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

import java.util.Locale;
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
import org.switchboard.server.user.ApiTokens;

/** The API token page as an administrator uses it: issue (the secret shown once), list, revoke; all audited. */
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

        var result = mvc.perform(asAdmin(post("/admin/api-tokens")).with(csrf()).param("name", name))
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
        assertThat(tokens.authenticate(secret)).contains("api-token:" + name);
        assertThat(auditLog.latest(20))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("API_TOKEN_ISSUED");
                    assertThat(entry.targetId()).isEqualTo(name);
                    assertThat(entry.actor()).isEqualTo("root");
                });

        var list = page(asAdmin(get("/admin/api-tokens")));
        assertThat(list.select("[data-testid=token-secret]")).as("the secret is never shown again").isEmpty();
        assertThat(list.text()).contains(name).doesNotContain(secret);
    }

    @Test
    void revokingStopsTheTokenAndIsAudited() throws Exception {
        var name = UniqueNames.of("pbx");
        var issued = tokens.issue(name, "root");

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
        });
    }

    @Test
    void aTakenOrBlankNameIsReportedOnTheField() throws Exception {
        var name = UniqueNames.of("taken");
        tokens.issue(name, "root");

        var taken = page(asAdmin(post("/admin/api-tokens")).with(csrf()).param("name", name));
        var blank = page(asAdmin(post("/admin/api-tokens")).with(csrf()).param("name", "  ").locale(Locale.CHINA));

        assertThat(taken.select(".field-error").text())
                .isEqualTo(messages.getMessage("api-token.error.name-taken", new Object[] {name}, Locale.ENGLISH));
        assertThat(blank.select(".field-error").text())
                .isEqualTo(messages.getMessage("api-token.error.name", null, Locale.CHINA));
        assertThat(taken.select("[data-testid=token-secret]")).isEmpty();
    }

    @Test
    void aTokenSentToThePagesOpensNothing() throws Exception {
        var issued = tokens.issue(UniqueNames.of("nosy"), "root");

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
