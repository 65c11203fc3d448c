package org.switchboard.server.interactions.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.ChromiumSession;
import org.switchboard.server.support.SystemChromium;
import org.switchboard.server.support.UniqueNames;

/**
 * The upload page in the system's Chromium: a supervisor uploads a queue_log file through the form, the job page
 * polls its progress fragment (htmx) until the outcome replaces it, without any console or page error. Skipped when
 * Chromium is not installed.
 */
@SwitchboardIntegrationTest
class UploadBrowserIT {

    /** Answered calls in the file: enough lines (3 per call) that the import usually still runs when the page opens. */
    private static final int CALLS = 3_000;

    @LocalServerPort
    private int port;

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession();

    @Test
    void aSupervisorUploadsAQueueLogAndSeesTheProgressReplacedByTheOutcome() {
        var chromium = CHROMIUM.browser();
        var page = chromium.newPage(1440, 900);
        try {
            SystemChromium.signIn(page, url("/login"), "supervisor", "switchboard");
            page.navigate(url("/interactions"));
            SystemChromium.fullPageScreenshot(page, "en-interactions-upload");
            page.locator("#file").setInputFiles(new FilePayload(
                    "calls.log", "text/plain", queueLog().getBytes(StandardCharsets.UTF_8)));
            page.locator("#format").selectOption("QUEUE_LOG");
            page.locator("#source").fill(UniqueNames.of("pbx"));
            page.locator("form.upload-form button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/interactions/jobs/[0-9a-f-]+$"));
            SystemChromium.screenshot(page, "en-interactions-job");

            var outcome = page.locator("[data-testid=outcome]");
            outcome.waitFor(new Locator.WaitForOptions().setTimeout(60_000));

            // every call is three lines that make one contact (ENTERQUEUE, CONNECT, COMPLETECALLER)
            assertThat(outcome.textContent().strip())
                    .isEqualTo("3,000 new, 0 already present, 0 changed, 0 rejected");
            assertThat(page.locator("#job-progress").getAttribute("hx-get")).isNull();
            SystemChromium.fullPageScreenshot(page, "en-interactions-job-finished");

            page.navigate(url("/interactions"));
            assertThat(page.locator("table.load-table tbody tr").first().textContent()).contains("calls.log");
            page.navigate(url("/interactions/profiles/new?kind=CONTACTS"));
            assertThat(page.locator("table.mapping-table tbody tr").count()).isEqualTo(19);
            SystemChromium.fullPageScreenshot(page, "en-interactions-profile-new");
        } finally {
            page.context().close();
        }
        assertThat(chromium.errors()).as("console and page errors").isEmpty();
    }

    @Test
    void aRefusedUploadComesBackWithTheReasonNextToTheField() {
        var chromium = CHROMIUM.browser();
        var page = chromium.newPage(1440, 900);
        try {
            SystemChromium.signIn(page, url("/login"), "supervisor", "switchboard");
            page.navigate(url("/interactions"));
            page.locator("#file").setInputFiles(new FilePayload(
                    "calls.log", "text/plain", "1700000000|1.1\n".getBytes(StandardCharsets.UTF_8)));
            page.locator("#format").selectOption("QUEUE_LOG");
            page.locator("#source").fill("not a source!");
            page.locator("form.upload-form button[type=submit]").click();

            // the upload goes through the page's script; the form comes back in place of the page
            page.locator(".field-error").first().waitFor();
            assertThat(page.locator(".field-error").first().textContent().strip())
                    .isEqualTo("Enter a source of 1 to 32 letters, digits, dots, underscores or hyphens.");
            assertThat(page.url()).endsWith("/interactions");
        } finally {
            page.context().close();
        }
        assertThat(chromium.errors()).as("console and page errors").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String queueLog() {
        var text = new StringBuilder();
        long arrival = 1_700_000_000L;
        for (int call = 1; call <= CALLS; call++, arrival += 7) {
            var id = "b." + call;
            text.append(arrival).append('|').append(id).append("|support|NONE|ENTERQUEUE||+49301").append(call)
                    .append("|1\n");
            text.append(arrival + 5).append('|').append(id).append("|support|PJSIP/201|CONNECT|5|").append(id)
                    .append(".1|2\n");
            text.append(arrival + 65).append('|').append(id).append("|support|PJSIP/201|COMPLETECALLER|5|60|1\n");
        }
        return text.toString();
    }
}
