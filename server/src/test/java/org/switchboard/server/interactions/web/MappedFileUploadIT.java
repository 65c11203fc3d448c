package org.switchboard.server.interactions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.switchboard.server.interactions.profiles.ProfileCatalogue;
import org.switchboard.server.interactions.profiles.SampleProfile;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * CSV and .xlsx files uploaded with a stored mapping profile, and a rejected row of a CSV file fixed and re-submitted.
 * Tagged {@code database}: it also runs on PostgreSQL, which refuses what H2 lets through (a NUL byte in text).
 */
@SwitchboardIntegrationTest
@Tag("database")
class MappedFileUploadIT {

    private static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProfileCatalogue profiles;

    private final String source = UniqueNames.of("crm");

    @Test
    void aCsvFileIsImportedThroughItsProfileAndARejectedRowIsFixedAndReSubmitted() throws Exception {
        var profile = UniqueNames.of("crm-csv");
        mvc.perform(post("/interactions/profiles").with(ADMIN).with(csrf()).params(form(profile)))
                .andExpect(status().isFound());

        var job = mvc.perform(multipart("/interactions/uploads")
                        .file(new MockMultipartFile("file", "crm.csv", "text/csv",
                                SampleProfile.CSV.getBytes(StandardCharsets.UTF_8)))
                        .with(ADMIN)
                        .with(csrf())
                        .param("format", "CSV")
                        .param("profile", profile)
                        .param("source", source)
                        .param("zone", "Europe/Berlin")
                        .param("policy", "QUARANTINE"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var finished = awaitFinished(job);

        // r-1 and r-2 are stored; r-3's arrival "yesterday" is not a date-time
        assertThat(finished.select("[data-testid=outcome]").text())
                .isEqualTo("2 new, 0 already present, 0 changed, 1 rejected");
        // 09:00 in Berlin on 2 March 2026 (UTC+1) is 08:00Z
        assertThat(arrival("r-1")).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));

        var loadId = JobPages.loadOf(finished);
        var rejection = jdbc.sql("SELECT id FROM import_rejection WHERE load_id = :load")
                .param("load", loadId).query(Long.class).single();
        mvc.perform(post("/interactions/loads/" + loadId + "/rejections/" + rejection + "/resubmit")
                        .with(ADMIN)
                        .with(csrf())
                        .param("rawText", "r-3;sales;2026-03-02 09:01:30;;2026-03-02 09:02:00;;N"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "interactions.quarantine.resubmitted"));

        assertThat(arrival("r-3")).isEqualTo(Instant.parse("2026-03-02T08:01:30Z"));
        assertThat(jdbc.sql("SELECT status FROM import_rejection WHERE id = :id").param("id", rejection)
                        .query(String.class).single())
                .isEqualTo("RESUBMITTED");
    }

    @Test
    void anXlsxWorkbookIsImportedThroughTheSameProfile() throws Exception {
        var profile = UniqueNames.of("crm-xlsx");
        mvc.perform(post("/interactions/profiles").with(ADMIN).with(csrf()).params(form(profile)))
                .andExpect(status().isFound());

        var job = mvc.perform(multipart("/interactions/uploads")
                        .file(new MockMultipartFile("file", "crm.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook()))
                        .with(ADMIN)
                        .with(csrf())
                        .param("format", "XLSX")
                        .param("profile", profile)
                        .param("source", source)
                        .param("zone", "Europe/Berlin")
                        .param("policy", "QUARANTINE"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        // the same three rows as the CSV file, as text cells of the first sheet
        assertThat(awaitFinished(job).select("[data-testid=outcome]").text())
                .isEqualTo("2 new, 0 already present, 0 changed, 1 rejected");
        assertThat(arrival("r-2")).isEqualTo(Instant.parse("2026-03-02T08:01:00Z"));
    }

    /** {@return {@link SampleProfile#CSV} as an .xlsx workbook of text cells} */
    private static byte[] workbook() throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        var workbook = new org.dhatim.fastexcel.Workbook(out, "switchboard-test", "1.0");
        var sheet = workbook.newWorksheet("contacts");
        var rows = SampleProfile.CSV.split("\n");
        for (int row = 0; row < rows.length; row++) {
            var cells = rows[row].split(";", -1);
            for (int column = 0; column < cells.length; column++) {
                if (!cells[column].isEmpty()) {
                    sheet.value(row, column, cells[column]);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private Instant arrival(String id) {
        return jdbc.sql("SELECT arrived_at FROM contact WHERE source = :source AND source_id = :id")
                .param("source", source)
                .param("id", id)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private Document awaitFinished(String job) {
        return JobPages.awaitFinished(mvc, job, ADMIN);
    }

    private static org.springframework.util.MultiValueMap<String, String> form(String name) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        SampleProfile.parameters(name).forEach(form::add);
        return form;
    }
}
