package org.switchboard.server.interactions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The upload page as users work with it: a queue_log file imported in the background with its progress and outcome,
 * the load page with its rejected lines (masked for roles without need), the rejects CSV, and the quarantine.
 */
@SwitchboardIntegrationTest
class UploadPagesIT {

    /** 2023-11-14 22:13:20 UTC: a time long past, so that no line is "in the future". */
    private static final long T0 = 1_700_000_000L;

    private static final RequestPostProcessor SUPERVISOR = user("sue").roles("SUPERVISOR");
    private static final RequestPostProcessor MANAGER = user("max").roles("MANAGER");
    private static final RequestPostProcessor ANALYST = user("ann").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    private final String source = UniqueNames.of("pbx");

    @Test
    void anUploadRunsInTheBackgroundAndEndsWithTheCountsAndTheRejectedLines() throws Exception {
        var file = call("5.1", T0) + "1700000100|5.2\n" + call("5.3", T0 + 200);

        var job = upload(file, "QUARANTINE");
        var finished = awaitFinished(job);

        // two calls of three lines each are two contacts; the truncated line is rejected
        assertThat(finished.select("[data-testid=outcome]").text())
                .isEqualTo("2 new, 0 already present, 0 changed, 1 rejected");
        var cells = finished.select(".problem-table tbody tr").first().select("td").eachText();
        assertThat(cells.subList(0, 4)).containsExactly("calls.log", "4", "line", "1700000100|5.2");
        assertThat(cells.get(4)).as("the reason").isNotBlank();
        assertThat(contacts()).isEqualTo(2);
        assertThat(spooledUploads()).as("the spooled upload is deleted when the job ends").isEmpty();

        var again = awaitFinished(upload(call("5.1", T0), "QUARANTINE"));
        assertThat(again.select("[data-testid=outcome]").text())
                .isEqualTo("0 new, 1 already present, 0 changed, 0 rejected");
    }

    @Test
    void theProgressFragmentPollsItselfWhileTheJobRuns() throws Exception {
        var job = upload(call("6.1", T0), "REJECT_FILE");
        var page = page(get(job).with(SUPERVISOR));
        var fragment = page.selectFirst("#job-progress");

        assertThat(fragment).isNotNull();
        if ("RUNNING".equals(fragment.attr("data-state"))) {
            assertThat(fragment.attr("hx-get")).isEqualTo(job + "/progress");
            assertThat(fragment.attr("hx-trigger")).isEqualTo("every 500ms");
        }
        var done = awaitFinished(job);
        assertThat(done.selectFirst("#job-progress").hasAttr("hx-get")).as("polling stops when the job ends").isFalse();
    }

    @Test
    void aRefusedFileStoresNothing() throws Exception {
        var finished = awaitFinished(upload(call("7.1", T0) + "1700000100|7.2\n", "REJECT_FILE"));

        assertThat(finished.select("[data-testid=outcome]").text())
                .isEqualTo("0 new, 0 already present, 0 changed, 1 rejected");
        assertThat(contacts()).isZero();
    }

    @Test
    void theRejectsCsvNeutralisesFormulaCells() throws Exception {
        var loadId = loadOf(awaitFinished(upload(call("8.1", T0) + "=cmd|' /C calc'!A0\n", "QUARANTINE")));

        var csv = mvc.perform(get("/interactions/loads/" + loadId + "/rejects.csv").with(SUPERVISOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFFile,Line,Field,Value,Reason,Line as read,Status");
        assertThat(csv).contains("'=cmd|' /C calc'!A0").doesNotContain(",=cmd");
    }

    @Test
    void customerNumbersInRejectedLinesAreMaskedForRolesWithoutNeed() throws Exception {
        // a caller's number where the time belongs: the line is rejected with the number as the value of "time"
        var line = "+4930987654321|9.2|support|NONE|ENTERQUEUE||x|1";
        var loadId = loadOf(awaitFinished(upload(call("9.1", T0) + line + "\n", "QUARANTINE")));

        var supervisorView = page(get("/interactions/loads/" + loadId).with(SUPERVISOR)).select(".problem-table");
        var analystView = page(get("/interactions/loads/" + loadId).with(ANALYST)).select(".problem-table");

        assertThat(supervisorView.text()).contains("+4930987654321");
        assertThat(analystView.text()).doesNotContain("4930987654321").contains("•••21");
        assertThat(analystView.select("form")).as("an analyst has no quarantine actions").isEmpty();
    }

    @Test
    void aQuarantinedLineCorrectedAndReSubmittedBecomesAStoredContact() throws Exception {
        var loadId = loadOf(awaitFinished(upload(call("10.1", T0) + "1700000300|10.2\n", "QUARANTINE")));
        var rejection = jdbc.sql("SELECT id FROM import_rejection WHERE load_id = :load")
                .param("load", loadId)
                .query(Long.class)
                .single();
        // the truncated ENTERQUEUE line, completed into the whole call it belonged to
        var corrected = call("10.2", T0 + 300);

        mvc.perform(post("/interactions/loads/" + loadId + "/rejections/" + rejection + "/resubmit")
                        .with(SUPERVISOR)
                        .with(csrf())
                        .param("rawText", corrected))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "interactions.quarantine.resubmitted"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact WHERE source = :source AND source_id = '10.2'")
                        .param("source", source).query(Long.class).single())
                .isEqualTo(1);
        assertThat(rejectionStatus(rejection)).isEqualTo("RESUBMITTED");
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("QUARANTINE_RESUBMITTED");
            assertThat(entry.targetId()).isEqualTo(String.valueOf(rejection));
            assertThat(entry.actor()).isEqualTo("sue");
        });
    }

    @Test
    void aLineStillWrongAfterCorrectionStaysInQuarantineAndADiscardedOneLeavesIt() throws Exception {
        var loadId = loadOf(awaitFinished(upload(call("11.1", T0) + "1700000300|11.2\n", "QUARANTINE")));
        var rejection = jdbc.sql("SELECT id FROM import_rejection WHERE load_id = :load")
                .param("load", loadId)
                .query(Long.class)
                .single();

        mvc.perform(post("/interactions/loads/" + loadId + "/rejections/" + rejection + "/resubmit")
                        .with(SUPERVISOR).with(csrf()).param("rawText", "1700000300|11.2|still broken"))
                .andExpect(flash().attribute("failure", "interactions.quarantine.refused"));
        assertThat(rejectionStatus(rejection)).isEqualTo("QUARANTINED");

        mvc.perform(post("/interactions/loads/" + loadId + "/rejections/" + rejection + "/discard")
                        .with(MANAGER).with(csrf()))
                .andExpect(flash().attribute("notice", "interactions.quarantine.discarded"));
        assertThat(rejectionStatus(rejection)).isEqualTo("DISCARDED");
    }

    @Test
    void readersSeeTheLoadsButNoUploadForm() throws Exception {
        var page = page(get("/interactions").with(ANALYST).locale(Locale.forLanguageTag("ru")));

        assertThat(page.select("form.upload-form")).isEmpty();
        assertThat(page.select("h2#loads-title").text()).isEqualTo("Прошлые загрузки");
    }

    @Test
    void anUploadWithoutAFileComesBackWithTheReason() throws Exception {
        var page = page(multipart("/interactions/uploads").with(SUPERVISOR).with(csrf())
                .param("format", "QUEUE_LOG").param("source", source).param("zone", "UTC")
                .param("policy", "QUARANTINE"));

        assertThat(page.select(".field-error").text()).isEqualTo("Choose a file.");
    }

    @Test
    void aCsvUploadWithoutAProfileIsRefusedOnTheProfileField() throws Exception {
        var page = page(multipart("/interactions/uploads")
                .file(new MockMultipartFile("file", "contacts.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                .with(SUPERVISOR).with(csrf())
                .param("format", "CSV").param("profile", "").param("source", source).param("zone", "UTC")
                .param("policy", "QUARANTINE"));

        assertThat(page.select(".field-error").text())
                .isEqualTo("Choose a mapping profile: CSV and .xlsx files need one.");
    }

    @Test
    void anUnknownPolicyAndNoProfileAreBothNamed() throws Exception {
        // an unknown policy leaves the form unbuilt; the missing profile is still named on its field
        var page = page(multipart("/interactions/uploads")
                .file(new MockMultipartFile("file", "contacts.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                .with(SUPERVISOR).with(csrf())
                .param("format", "CSV").param("profile", "").param("source", source).param("zone", "UTC")
                .param("policy", "KEEP_SOME"));

        assertThat(page.select(".field-error").eachText())
                .contains("Choose a mapping profile: CSV and .xlsx files need one.")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aRunningLoadOlderThanThisProcessIsShownAsInterrupted() throws Exception {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO data_load (source, description, actor, started_at, status, contacts, agent_events,
                                       survey_answers, heartbeat_at)
                VALUES (:source, 'killed.log', 'sue', :at, 'RUNNING', 0, 0, 0, :now)""")
                .param("source", source)
                .param("at", Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")))
                .param("now", Timestamp.from(Instant.now()))
                .update(keys, "id");
        var id = keys.getKeyAs(Number.class).longValue();

        var page = page(get("/interactions/loads/" + id).with(SUPERVISOR));

        assertThat(page.select("[data-testid=load-status]").text()).isEqualTo("Interrupted");
    }

    private String upload(String content, String policy) throws Exception {
        var result = mvc.perform(multipart("/interactions/uploads")
                        .file(new MockMultipartFile("file", "calls.log", "text/plain",
                                content.getBytes(StandardCharsets.UTF_8)))
                        .with(SUPERVISOR)
                        .with(csrf())
                        .param("format", "QUEUE_LOG")
                        .param("profile", "")
                        .param("source", source)
                        .param("zone", "UTC")
                        .param("policy", policy))
                .andExpect(status().isFound())
                .andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/interactions/jobs/");
        return location;
    }

    private Document awaitFinished(String job) {
        return JobPages.awaitFinished(mvc, job, SUPERVISOR);
    }

    private static long loadOf(Document finished) {
        return JobPages.loadOf(finished);
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long contacts() {
        return jdbc.sql("SELECT COUNT(*) FROM contact WHERE source = :source").param("source", source)
                .query(Long.class).single();
    }

    private String rejectionStatus(long rejection) {
        return jdbc.sql("SELECT status FROM import_rejection WHERE id = :id").param("id", rejection)
                .query(String.class).single();
    }

    private static java.util.List<Path> spooledUploads() throws java.io.IOException {
        var uploads = Path.of("target/it-data/uploads");
        if (!Files.isDirectory(uploads)) {
            return java.util.List.of();
        }
        try (var files = Files.list(uploads)) {
            return files.toList();
        }
    }

    /** An answered call in queue_log lines: ENTERQUEUE, CONNECT after 10 s to PJSIP/201, COMPLETECALLER 60 s later. */
    private static String call(String id, long arrival) {
        return arrival + "|" + id + "|support|NONE|ENTERQUEUE||+4930" + id.replace(".", "") + "|1\n"
                + (arrival + 10) + "|" + id + "|support|PJSIP/201|CONNECT|10|" + id + ".1|2\n"
                + (arrival + 70) + "|" + id + "|support|PJSIP/201|COMPLETECALLER|10|60|1\n";
    }
}
