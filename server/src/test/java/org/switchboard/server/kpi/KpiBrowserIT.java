package org.switchboard.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.ChromiumSession;
import org.switchboard.server.support.SystemChromium;

/**
 * The KPI dashboard and the agent page in the system's Chromium: a manager opens the demo week, the two series charts
 * and the two heat-maps are drawn (a canvas in each chart element), the agent page draws its states timeline, all
 * without a console or page error. Skipped when Chromium is not installed.
 */
@SwitchboardIntegrationTest
class KpiBrowserIT {

    @LocalServerPort
    private int port;

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession();

    @Test
    void theDashboardAndTheAgentPageDrawTheirCharts() {
        var chromium = CHROMIUM.browser();
        var page = chromium.newPage(1440, 900);
        try {
            SystemChromium.signIn(page, url("/login"), "manager", "switchboard");
            page.navigate(url("/kpis?period=custom&from=" + DemoWeek.MONDAY + "&to=" + DemoWeek.SUNDAY));
            page.locator("[data-kpi-chart=heat-volume] canvas").first().waitFor();

            assertThat(page.locator("[data-kpi-chart][data-drawn=true]").count()).isEqualTo(4);
            assertThat(page.locator(".kpi-tile").count()).isGreaterThan(20);
            SystemChromium.fullPageScreenshot(page, "en-kpis-dashboard");

            page.locator("a[href^='/kpis/agents?']").first().click();
            page.locator("table.kpi-agent-table tbody tr").first().waitFor();
            var tuesday = DemoWeek.MONDAY.plusDays(1);
            var agent = DemoWeek.contacts("service", tuesday).stream()
                    .flatMap(contact -> contact.agentId().stream())
                    .findFirst()
                    .orElseThrow();
            page.navigate(url("/kpis/agents/" + agent + "?day=" + tuesday));
            page.locator("[data-kpi-timeline] canvas").first().waitFor();
            assertThat(page.locator("[data-kpi-timeline][data-drawn=true]").count()).isEqualTo(1);
            SystemChromium.fullPageScreenshot(page, "en-kpis-agent");
        } finally {
            page.context().close();
        }
        assertThat(chromium.errors()).as("console and page errors").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
