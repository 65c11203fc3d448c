package org.switchboard.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.SystemChromium;

/**
 * The customer-voice dashboard in the system's Chromium: an analyst opens the demo month, and every question's trend
 * and distribution chart is drawn (a canvas in each chart element), without a console or page error. Skipped when
 * Chromium is not installed.
 */
@SwitchboardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoiceBrowserIT {

    @LocalServerPort
    private int port;

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
    void theDashboardDrawsATrendAndADistributionPerQuestion() {
        assumeTrue(chromium != null, SystemChromium.NOT_INSTALLED);
        var page = chromium.newPage(1440, 900);
        try {
            SystemChromium.signIn(page, url("/login"), "analyst", "switchboard");
            page.navigate(url("/customer-voice?survey=after-contact&from=2026-03&to=2026-03"));
            page.locator("[data-voice-chart=distribution] canvas").last().waitFor();

            // three questions (CSAT, NPS, CES), two charts each
            assertThat(page.locator("[data-voice-chart][data-drawn=true]").count()).isEqualTo(6);
            SystemChromium.fullPageScreenshot(page, "en-customer-voice");
        } finally {
            page.context().close();
        }
        assertThat(chromium.errors()).as("console and page errors").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
