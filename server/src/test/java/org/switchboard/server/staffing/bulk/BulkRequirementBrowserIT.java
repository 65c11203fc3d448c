package org.switchboard.server.staffing.bulk;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The bulk requirement page in the system's Chromium: a planner uploads a forecast through the form, the set's page
 * draws its chart (a canvas inside the chart element) without any console or page error; a bad file shows its
 * problems. Skipped when Chromium is not installed.
 */
@SwitchboardIntegrationTest
class BulkRequirementBrowserIT {

    @LocalServerPort
    private int port;

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession();

    @Test
    void aPlannerUploadsAForecastAndSeesTheChartWithoutErrors() {
        var chromium = CHROMIUM.browser();
        var page = chromium.newPage(1440, 900);
        try {
            SystemChromium.signIn(page, url("/login"), "planner", "switchboard");
            page.navigate(url("/staffing/bulk"));
            var forecast = new StringBuilder("interval_start,contacts,aht\n");
            for (int quarter = 0; quarter < 48; quarter++) {
                forecast.append("2026-03-02T%02d:%02d,%d,180\n".formatted(8 + quarter / 4, 15 * (quarter % 4),
                        20 + 3 * quarter));
            }
            var fileName = UniqueNames.of("browser") + ".csv";
            page.locator("#file").setInputFiles(new FilePayload(
                    fileName, "text/csv", forecast.toString().getBytes(StandardCharsets.UTF_8)));
            page.locator("form.wide-form button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/staffing/bulk/\\d+$"));
            page.locator(".requirement-chart canvas").first().waitFor();

            assertThat(page.locator("h1").textContent().strip()).isEqualTo(fileName);
            assertThat(page.locator("table.requirement-table tbody tr").count()).isEqualTo(48);
            SystemChromium.fullPageScreenshot(page, "en-staffing-bulk-set");

            page.navigate(url("/staffing/bulk"));
            page.locator("#file").setInputFiles(new FilePayload(
                    "bad.csv", "text/csv", "interval_start,contacts,aht\n2026-03-02T08:00,-1,180\n"
                            .getBytes(StandardCharsets.UTF_8)));
            page.locator("form.wide-form button[type=submit]").click();
            page.locator("table.problem-table").waitFor();
            assertThat(page.locator("table.problem-table tbody tr").count()).isEqualTo(1);
            SystemChromium.fullPageScreenshot(page, "en-staffing-bulk-problems");
        } finally {
            page.context().close();
        }
        assertThat(chromium.errors()).as("console and page errors").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
