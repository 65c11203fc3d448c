package org.switchboard.server.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.server.forecast.versions.ForecastVersionStore;
import org.switchboard.server.forecast.versions.HistoryPoint;
import org.switchboard.server.forecast.versions.HistorySource;
import org.switchboard.server.forecast.versions.VersionDraft;
import org.switchboard.server.forecast.versions.VersionInterval;
import org.switchboard.server.forecast.versions.VersionRequest;
import org.switchboard.server.support.ChromiumSession;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.SystemChromium;

/**
 * The forecast chart in the system's Chromium: a planner opens a stored draft version (a day of history and a day of
 * forecast with its bands) and the chart is drawn (a canvas in the chart element, marked drawn), then applies a manual
 * adjustment and the chart is drawn again in the swapped fragment; the accuracy page of the demo Tuesday draws its
 * daily error chart and heat-map. No console or page error. Skipped when Chromium is not installed.
 */
@SwitchboardIntegrationTest
class ForecastBrowserIT {

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession();

    private static final LocalDate TUESDAY = ForecastAccuracyIT.TUESDAY;

    @LocalServerPort
    private int port;

    @Autowired
    ForecastVersionStore versions;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theForecastChartAndTheAccuracyChartsAreDrawn() {
        var chromium = CHROMIUM.browser();
        long id = storeDraft();
        var page = chromium.newPage(1440, 900);
        try {
            SystemChromium.signIn(page, url("/login"), "planner", "switchboard");
            page.navigate(url("/forecast/versions/" + id));
            page.locator("[data-forecast-chart=version] canvas").first().waitFor();
            assertThat(page.locator("[data-forecast-chart=version][data-drawn=true]").count()).isEqualTo(1);
            SystemChromium.fullPageScreenshot(page, "en-forecast-version");

            page.locator("input#day").fill(TUESDAY.toString());
            page.locator("input#percent").fill("20");
            page.locator("form.forecast-adjust button[type=submit]").click();
            page.locator("#plan .notice.success").waitFor();
            page.locator("[data-forecast-chart=version] canvas").first().waitFor();
            assertThat(page.locator("[data-forecast-chart=version][data-drawn=true]").count()).isEqualTo(1);

            page.navigate(url("/forecast/accuracy?version=" + id));
            page.locator("[data-forecast-chart=error-heat] canvas").first().waitFor();
            assertThat(page.locator("[data-forecast-chart][data-drawn=true]").count()).isEqualTo(2);
            SystemChromium.fullPageScreenshot(page, "en-forecast-accuracy");
        } finally {
            page.context().close();
        }
        assertThat(chromium.errors()).as("console and page errors").isEmpty();
    }

    private long storeDraft() {
        var request = new VersionRequest("service", 60, TUESDAY, 1, HistorySource.FACTS, TUESDAY.minusDays(1),
                TUESDAY.minusDays(1), "auto");
        var history = new ArrayList<HistoryPoint>();
        var intervals = new ArrayList<VersionInterval>();
        for (int hour = 0; hour < 24; hour++) {
            double volume = hour >= 8 && hour < 18 ? 80 + 5 * hour : 0;
            history.add(new HistoryPoint(TUESDAY.minusDays(1).atTime(hour, 0), volume, OptionalDouble.empty()));
            intervals.add(new VersionInterval(TUESDAY.atTime(hour, 0), volume, volume * 0.9, volume * 1.1,
                    volume * 0.8, volume * 1.2, OptionalDouble.of(300), 0));
        }
        var draft = new VersionDraft(request, "seasonal-naive", "", "browser test", List.of(), intervals, history);
        Long id = transaction.execute(status -> versions.insert(draft, "planner", Instant.now()));
        return id == null ? -1 : id;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
