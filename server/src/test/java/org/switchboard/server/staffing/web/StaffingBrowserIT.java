package org.switchboard.server.staffing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * The staffing pages in the system's Chromium, as {@code shell.BrowserIT} drives it: the calculator answers through
 * htmx without reloading the page and draws its charts, the Erlang B and capacity pages answer too, and no page logs
 * a console error. Full-page screenshots go to {@code target/screenshots/staffing-*.png}. Skipped without Chromium.
 */
@SwitchboardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffingBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    private int port;

    private @Nullable Playwright playwright;
    private @Nullable Browser browser;
    private @Nullable Page page;
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    void signIn() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu")));
        var opened = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        opened.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add("console error on " + opened.url() + ": " + message.text());
            }
        });
        opened.onPageError(error -> errors.add("page error on " + opened.url() + ": " + error));
        opened.navigate(url("/login?lang=en"));
        opened.locator("#username").fill("planner");
        opened.locator("#password").fill("switchboard");
        opened.locator("form button[type=submit]").click();
        opened.waitForURL(Pattern.compile(".*/dashboard$"));
        page = opened;
    }

    @BeforeEach
    void requireChromium() {
        assumeTrue(page != null, "Chromium is not installed at " + CHROMIUM + ": browser test skipped");
        errors.clear();
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
    void theCalculatorAnswersThroughHtmxAndDrawsItsCharts() {
        var page = page();
        page.navigate(url("/staffing?lang=en"));
        assertThat(page.locator(".chart svg").count()).as("charts of the example").isEqualTo(2);
        page.locator("#model").selectOption("ERLANG_A");
        page.locator("#maxAbandonPercent").fill("5");
        page.locator("#workspace button[type=submit]").click();
        page.waitForSelector("th:has-text('P(abandon)')");
        page.waitForCondition(() -> page.locator(".chart svg").count() == 3);

        assertThat(page.url()).as("the answer has an address").contains("model=ERLANG_A", "maxAbandonPercent=5");
        assertThat(page.locator(".sidebar").count()).as("one page, not a page inside the page").isOne();
        assertThat(Integer.parseInt(page.locator(".figures dd.answer").textContent().strip())).isBetween(10, 14);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staffing-erlang-a.png"))
                .setFullPage(true));
        assertThat(errors).isEmpty();
    }

    @Test
    void badInputComesBackNextToTheFieldWithoutAReload() {
        var page = page();
        page.navigate(url("/staffing?lang=en"));
        page.locator("#ahtSeconds").fill("0");
        page.locator("#workspace button[type=submit]").click();
        page.waitForSelector("#workspace .field-error");

        assertThat(page.locator("#workspace .field-error").first().textContent())
                .isEqualTo("AHT: enter a number of seconds greater than 0.");
        assertThat(page.locator(".staffing-result").count()).isZero();
        assertThat(errors).isEmpty();
    }

    @Test
    void theErlangBAndCapacityPagesAnswer() {
        var page = page();
        for (var path : List.of("/staffing/erlang-b", "/staffing/capacity")) {
            for (var language : List.of("en", "ru", "zh-CN")) {
                var response = page.navigate(url(path + "?lang=" + language));
                assertThat(response).isNotNull();
                assertThat(response.status()).isEqualTo(200);
                assertThat(page.locator(".figures dd.answer").textContent().strip()).matches("\\d+");
            }
            page.navigate(url(path + "?lang=en"));
            page.locator("#workspace button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*blockingPercent=.*"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("staffing" + path.replace("/staffing/", "-") + ".png"))
                    .setFullPage(true));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theSimulationAnswersThroughHtmxInEveryLanguage() {
        var page = page();
        for (var language : List.of("en", "ru", "zh-CN")) {
            var response = page.navigate(url("/staffing/simulate?lang=" + language));
            assertThat(response).isNotNull();
            assertThat(response.status()).isEqualTo(200);
            assertThat(page.locator(".simulation-table tbody tr").count()).isEqualTo(7);
        }
        page.navigate(url("/staffing/simulate?lang=en"));
        page.locator("#agents").fill("14");
        page.locator("#lines").fill("18");
        page.locator("#redialBlockPercent").fill("50");
        page.locator("#workspace button[type=submit]").click();
        page.waitForSelector(".simulation-result[data-model=erlang-x]");

        assertThat(page.url()).as("the answer has an address").contains("agents=14", "lines=18");
        assertThat(page.locator(".sidebar").count()).as("one page, not a page inside the page").isOne();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("staffing-simulate.png"))
                .setFullPage(true));
        assertThat(errors).isEmpty();
    }

    private Page page() {
        assertThat(page).isNotNull();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
