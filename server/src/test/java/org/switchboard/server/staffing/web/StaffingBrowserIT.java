package org.switchboard.server.staffing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.SystemChromium;

/**
 * The staffing pages in the system's Chromium, as {@code shell.BrowserIT} drives it: the calculator answers through
 * htmx without reloading the page and draws its charts, the Erlang B and capacity pages answer too, and no page logs
 * a console error. Full-page screenshots go to {@code target/screenshots/staffing-*.png}. Skipped without Chromium.
 */
@SwitchboardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffingBrowserIT {

    @LocalServerPort
    private int port;

    private @Nullable SystemChromium chromium;
    private @Nullable Page page;

    @BeforeAll
    void signIn() throws IOException {
        if (!SystemChromium.isInstalled()) {
            return;
        }
        chromium = SystemChromium.launch();
        var opened = chromium.newPage(new Browser.NewContextOptions().setViewportSize(1440, 900));
        SystemChromium.signIn(opened, url("/login?lang=en"), "planner", "switchboard");
        page = opened;
    }

    @BeforeEach
    void requireChromium() {
        assumeTrue(page != null, SystemChromium.NOT_INSTALLED);
        chromium().clearErrors();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
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
        SystemChromium.fullPageScreenshot(page, "staffing-erlang-a");
        assertThat(chromium().errors()).isEmpty();
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
        assertThat(chromium().errors()).isEmpty();
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
            SystemChromium.fullPageScreenshot(page, "staffing" + path.replace("/staffing/", "-"));
        }
        assertThat(chromium().errors()).isEmpty();
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
        SystemChromium.fullPageScreenshot(page, "staffing-simulate");
        assertThat(chromium().errors()).isEmpty();
    }

    private SystemChromium chromium() {
        assertThat(chromium).isNotNull();
        return chromium;
    }

    private Page page() {
        assertThat(page).isNotNull();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
