package org.switchboard.server.staffing.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;

/**
 * The bulk requirement page in the system's Chromium: a planner uploads a forecast through the form, the set's page
 * draws its chart (a canvas inside the chart element) without any console or page error; a bad file shows its
 * problems. Skipped when Chromium is not installed.
 */
@SwitchboardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkRequirementBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    private int port;

    private @Nullable Playwright playwright;
    private @Nullable Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aPlannerUploadsAForecastAndSeesTheChartWithoutErrors() {
        assumeTrue(browser != null, "Chromium is not installed at " + CHROMIUM + ": browser test skipped");
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-US"));
        var page = context.newPage();
        var errors = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add("console error on " + page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add("page error on " + page.url() + ": " + error));
        try {
            signIn(page);
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
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("en-staffing-bulk-set.png"))
                    .setFullPage(true));

            page.navigate(url("/staffing/bulk"));
            page.locator("#file").setInputFiles(new FilePayload(
                    "bad.csv", "text/csv", "interval_start,contacts,aht\n2026-03-02T08:00,-1,180\n"
                            .getBytes(StandardCharsets.UTF_8)));
            page.locator("form.wide-form button[type=submit]").click();
            page.locator("table.problem-table").waitFor();
            assertThat(page.locator("table.problem-table tbody tr").count()).isEqualTo(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("en-staffing-bulk-problems.png"))
                    .setFullPage(true));
        } finally {
            context.close();
        }
        assertThat(errors).as("console and page errors").isEmpty();
    }

    private void signIn(Page page) {
        page.navigate(url("/login"));
        page.locator("#username").fill("planner");
        page.locator("#password").fill("switchboard");
        page.locator("form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/dashboard$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
