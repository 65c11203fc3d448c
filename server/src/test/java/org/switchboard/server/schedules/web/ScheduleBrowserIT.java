package org.switchboard.server.schedules.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.support.ChromiumSession;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.SystemChromium;

/**
 * The demo's published schedule in the system's Chromium: the coverage chart is drawn (a canvas), the Gantt shows
 * shifts with breaks, and the adherence page shows the agents' figures, without a console or page error. Skipped when
 * Chromium is not installed.
 */
@SwitchboardIntegrationTest
class ScheduleBrowserIT {

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession();

    @LocalServerPort
    private int port;

    @Autowired
    private SchedulePlanning planning;

    @Test
    void theVersionPageDrawsTheChartAndTheGantt() {
        var chromium = CHROMIUM.browser();
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
