package org.switchboard.server.schedules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.SystemChromium;

/**
 * The demo's published schedule in the system's Chromium: the coverage chart is drawn (a canvas), the Gantt shows
 * shifts with breaks, and the adherence page shows the deviations, without a console or page error. Skipped when
 * Chromium is not installed.
 */
@SwitchboardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleBrowserIT {

    @LocalServerPort
    private int port;

    @Autowired
    private SchedulePlanning planning;

    private @Nullable SystemChromium chromium;

    @BeforeAll
    void startBrowser() throws Exception {
        if (SystemChromium.isInstalled()) {
            chromium = SystemChromium.launch();
        }
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theVersionPageDrawsTheChartAndTheGantt() {
        assumeTrue(chromium != null, SystemChromium.NOT_INSTALLED);
        var version = planning.published().stream()
                .filter(published -> planning.run(published.runId()).orElseThrow().requirementLabel()
                        .startsWith("Demo centre rota"))
                .findFirst()
                .orElseThrow();
        var page = chromium.newPage(1440, 900);
        try {
            SystemChromium.signIn(page, url("/login"), "planner", "switchboard");
            page.navigate(url("/schedules/versions/" + version.id()));
            page.locator("[data-schedule-chart] canvas").first().waitFor();

            assertThat(page.locator("[data-schedule-chart][data-rendered=true]").count()).isEqualTo(1);
            assertThat(page.locator("[data-shift]").count()).isGreaterThan(10);
            assertThat(page.locator("[data-break]").count()).isGreaterThan(10);
            SystemChromium.fullPageScreenshot(page, "en-schedules-version");

            page.navigate(url("/schedules/adherence?version=" + version.id()));
            page.locator("[data-adherence-figure]").first().waitFor();
            SystemChromium.fullPageScreenshot(page, "en-schedules-adherence");
        } finally {
            page.context().close();
        }
        assertThat(chromium.errors()).as("console and page errors").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
