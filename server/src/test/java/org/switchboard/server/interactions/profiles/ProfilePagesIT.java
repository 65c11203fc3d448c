package org.switchboard.server.interactions.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.switchboard.engine.interactions.mapping.ContactField;
import org.switchboard.engine.interactions.mapping.FieldSource;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.interactions.mapping.MappingProfileJson;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/** The mapping profile pages: built-ins read-only, create, refuse an invalid profile, preview, JSON in and out. */
@SwitchboardIntegrationTest
class ProfilePagesIT {

    private static final RequestPostProcessor PLANNER = user("pia").roles("PLANNER");
    private static final RequestPostProcessor QA = user("quinn").roles("QA");

    @Autowired
    MockMvc mvc;

    @Autowired
    ProfileCatalogue profiles;

    @Autowired
    AuditLog auditLog;

    @Test
    void theBuiltInProfilesAreListedAndReadOnly() throws Exception {
        var builtIn = profiles.all().stream().filter(ProfileSummary::isBuiltIn).findFirst().orElseThrow();

        var list = page(get("/interactions/profiles").with(PLANNER));
        var form = page(get("/interactions/profiles/built-in").param("name", builtIn.name()).with(PLANNER));

        assertThat(list.select(".profile-table td a").eachText()).contains(builtIn.name());
        assertThat(form.select("fieldset.plain").hasAttr("disabled")).isTrue();
        assertThat(form.select("button[type=submit]").eachText()).doesNotContain("Save profile");
    }

    @Test
    void aProfileIsCreatedFromTheFormAndItsJsonExportReadsBackTheSame() throws Exception {
        var name = UniqueNames.of("crm-export");

        mvc.perform(post("/interactions/profiles")
                        .with(PLANNER)
                        .with(csrf())
                        .params(form(SampleProfile.parameters(name))))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "profiles.created"));

        var stored = profiles.find(name).orElseThrow();
        assertThat(stored.fields().get(ContactField.ARRIVED_AT)).isEqualTo(new FieldSource.Column("arrived"));
        assertThat(stored.translate(ContactField.DISPOSITION, "N")).isEqualTo("ABANDONED");
        assertThat(stored.csv().delimiter()).isEqualTo(';');
        var json = mvc.perform(get("/interactions/profiles/export").param("name", name).with(QA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(MappingProfileJson.read(json)).isEqualTo(stored);
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("MAPPING_PROFILE_CREATED");
            assertThat(entry.targetId()).isEqualTo(name);
        });
    }

    @Test
    void anInvalidProfileComesBackWithTheModelsExplanation() throws Exception {
        var parameters = SampleProfile.parameters(UniqueNames.of("no-queue"));
        parameters.put("source.queue", "");

        var page = page(post("/interactions/profiles").with(PLANNER).with(csrf()).params(form(parameters)));

        assertThat(page.select("[data-testid=profile-error]").text())
                .startsWith("The profile is not valid:")
                .contains("queue");
        assertThat(page.select("#name").val()).as("the entered values are kept").isEqualTo(parameters.get("name"));
    }

    @Test
    void thePreviewShowsTheFirstRowsMappedAndTheirProblems() throws Exception {
        var request = multipart("/interactions/profiles/preview")
                .file(new MockMultipartFile("sample", "sample.csv", "text/csv",
                        SampleProfile.CSV.getBytes(StandardCharsets.UTF_8)))
                .with(PLANNER)
                .with(csrf());
        SampleProfile.parameters("preview").forEach(request::param);

        var rows = page(request).select("[data-testid=preview] tbody tr");

        assertThat(rows).hasSize(3);
        // 09:00 in Berlin on 2 March 2026 (UTC+1) is 08:00Z
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("2", "r-1", "VOICE", "sales", "INBOUND", "2026-03-02T08:00:00Z",
                        "2026-03-02T08:00:20Z", "2026-03-02T08:05:00Z", "a-1", "ANSWERED");
        assertThat(rows.get(2).hasClass("rejected")).isTrue();
        assertThat(rows.get(2).text()).contains("4", "arrived", "yesterday");
    }

    @Test
    void aProfileIsImportedFromJson() throws Exception {
        var name = UniqueNames.of("imported");
        var json = MappingProfileJson.write(ProfileForm.from(SampleProfile.parameters(name)).toProfile());

        mvc.perform(multipart("/interactions/profiles/import")
                        .file(new MockMultipartFile("file", "profile.json", "application/json",
                                json.getBytes(StandardCharsets.UTF_8)))
                        .with(PLANNER)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "profiles.imported"));

        assertThat(profiles.find(name)).isPresent();
    }

    @Test
    void rolesThatReadSeeTheFormDisabledAndCannotSave() throws Exception {
        var name = UniqueNames.of("read-only");
        var id = profiles.create(ProfileForm.from(SampleProfile.parameters(name)).toProfile(), "pia");

        var page = page(get("/interactions/profiles/" + id).with(QA));

        assertThat(page.select("fieldset.plain").hasAttr("disabled")).isTrue();
        assertThat(page.select("form.delete-profile")).isEmpty();
        mvc.perform(post("/interactions/profiles/" + id + "/delete").with(QA).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(profiles.find(name)).isPresent();
    }

    private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> parameters) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        parameters.forEach(form::add);
        return form;
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
