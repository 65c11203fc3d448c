package org.switchboard.server.schedules.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.support.ChromiumSession;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.SystemChromium;
import org.switchboard.server.support.UniqueNames;

/**
 * The demo's published schedule in the system's Chromium: the coverage chart is drawn (a canvas), the Gantt shows
 * shifts with breaks, and the adherence page shows the agents' figures; the rules editor shows a refused field next to
 * itself; all without a console or page error. Skipped when Chromium is not installed.
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

    /**
     * The rules editor in the browser: from the rules page to the new-contract form, where most hours below the least
     * hours (Contract's constructor refuses them) come back with the reason under the field and the values kept.
     */
    @Test
    void theRulesEditorShowsTheRefusalUnderTheField() {
        var chromium = CHROMIUM.browser();
        var page = chromium.newPage(1440, 900);
        try {
            SystemChromium.signIn(page, url("/login"), "planner", "switchboard");
            page.navigate(url("/schedules/rules"));
            page.locator("table[data-contracts]").waitFor();
            SystemChromium.fullPageScreenshot(page, "en-schedules-rules");
            page.locator("a[href$='/schedules/rules/contracts/new']").click();
            page.locator("#rule-name").fill(UniqueNames.of("Browser contract"));
            var fields = Map.of("minHoursPerWeek", "30", "maxHoursPerWeek", "20", "minShiftsPerWeek", "0",
                    "maxShiftsPerWeek", "5", "daysOffPerWeek", "2", "minRestHours", "11", "maxConsecutiveDays", "6",
                    "maxNightShiftsPerWeek", "0");
            fields.forEach((field, value) -> page.locator("#rule-" + field).fill(value));
            page.locator("form[data-rule-form] button[type=submit]").click();
            page.locator("[data-field-error]").first().waitFor();

            assertThat(page.locator("#rule-maxHoursPerWeek ~ [data-field-error]").textContent())
                    .isEqualTo("The most hours a week must not be below the least hours a week: \"20\".");
            assertThat(page.locator("#rule-minHoursPerWeek").inputValue()).isEqualTo("30");
            SystemChromium.fullPageScreenshot(page, "en-schedules-rules-refused");
        } finally {
            page.context().close();
        }
        assertThat(chromium.errors()).as("console and page errors").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
