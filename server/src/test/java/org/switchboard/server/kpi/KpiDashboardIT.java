package org.switchboard.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.switchboard.engine.core.Disposition;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.user.Role;

/**
 * The operational dashboard on the one-week demo data: its figures equal figures computed here straight from the
 * generated contacts, an empty period says "no data yet" and shows no number, and the agent table shows names only to
 * the roles that may see them.
 */
@SwitchboardIntegrationTest
class KpiDashboardIT {

    private static final LocalDate TUESDAY = DemoWeek.MONDAY.plusDays(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void queueFiguresOfOneDayEqualTheDemoContacts() throws Exception {
        // independent computation over the generated contacts of queue "service" on Tuesday 3 March 2026 (Berlin):
        // the defaults of a voice queue are T = 20 s, short abandons within 5 s, ANSWERED_OF_OFFERED (metrics.md §1)
        var contacts = DemoWeek.contacts("service", TUESDAY);
        long offered = contacts.size();
        long answered = contacts.stream().filter(c -> c.disposition().isAnswered()).count();
        long answeredWithin20 = contacts.stream()
                .filter(c -> c.disposition().isAnswered() && c.waitTime().toSeconds() <= 20)
                .count();
        long shortAbandons = contacts.stream()
                .filter(c -> c.disposition().isAbandoned() && c.waitTime().toSeconds() <= 5)
                .count();
        double serviceLevel = (double) answeredWithin20 / (offered - shortAbandons);
        assertThat(offered).as("the demo Tuesday has service contacts").isGreaterThan(1_000);
        assertThat(contacts).anyMatch(c -> c.disposition() == Disposition.ABANDONED);

        var page = page("/kpis?period=custom&from=" + TUESDAY + "&to=" + TUESDAY + "&queue=service", Role.MANAGER);

        assertThat(tileValue(page, "offered")).isEqualTo(String.format(Locale.ENGLISH, "%,d", offered));
        assertThat(tileValue(page, "answered")).isEqualTo(String.format(Locale.ENGLISH, "%,d", answered));
        assertThat(tileValue(page, "short-abandons")).isEqualTo(String.format(Locale.ENGLISH, "%,d", shortAbandons));
        var shown = Double.parseDouble(tileValue(page, "service-level").replace(" %", ""));
        assertThat(shown).isCloseTo(serviceLevel * 100, within(0.05));
    }

    @Test
    void anEmptyPeriodSaysNoDataYetAndShowsNoFigure() throws Exception {
        var page = page("/kpis?period=custom&from=2025-01-01&to=2025-01-07", Role.VIEWER);

        assertThat(page.select(".kpi-empty h2").text()).isEqualTo(text("kpi.empty.title"));
        assertThat(page.select(".kpi-tile")).isEmpty();
        assertThat(page.select(".kpi-empty a").attr("href")).contains("period=custom");
    }

    @Test
    void theWholeWeekHasEveryTileGroupAndCharts() throws Exception {
        var page = page("/kpis?period=custom&from=" + DemoWeek.MONDAY + "&to=" + DemoWeek.SUNDAY, Role.ANALYST);

        assertThat(page.select(".kpi-group").eachAttr("data-group"))
                .containsExactly("accessibility", "productivity", "quality", "revenue");
        assertThat(page.select("[data-charts]").attr("data-charts")).contains("\"labels\"");
        assertThat(page.select(".kpi-queues tr[data-queue]").eachAttr("data-queue"))
                .contains("chat", "sales", "service");
        assertThat(page.select(".kpi-definition").text()).contains(text("kpi.variant.ANSWERED_OF_OFFERED.formula"));
    }

    @Test
    void agentNamesAreShownOnlyToRolesThatNeedThem() throws Exception {
        var url = "/kpis/agents?period=custom&from=" + TUESDAY + "&to=" + TUESDAY;
        var agent = DemoWeek.data().agents().getFirst();

        var forSupervisor = page(url, Role.SUPERVISOR);
        var forViewer = page(url, Role.VIEWER);

        assertThat(forSupervisor.select("tr[data-agent=" + agent.id() + "] td").first().text())
                .isEqualTo(agent.name() + " (" + agent.id() + ")");
        assertThat(forViewer.select("tr[data-agent=" + agent.id() + "] td").first().text()).isEqualTo(agent.id());
        assertThat(forViewer.text()).doesNotContain(agent.name());
    }

    @Test
    void theAgentTableOfTheWeekCountsEachAgentsAnsweredContactsOnce() throws Exception {
        // independent count over the generated contacts: every answered contact of the agent that arrived Monday
        // 00:00 to Sunday 24:00 (Berlin); the table reads the week's facts day by day, none twice, none left out
        var agent = DemoWeek.data().agents().getFirst().id();
        var from = DemoWeek.MONDAY.atStartOfDay(DemoWeek.ZONE).toInstant();
        var to = DemoWeek.SUNDAY.plusDays(1).atStartOfDay(DemoWeek.ZONE).toInstant();
        long handled = DemoWeek.data().contacts().stream()
                .filter(c -> c.agentId().equals(Optional.of(agent)) && c.disposition().isAnswered())
                .filter(c -> !c.arrivedAt().isBefore(from) && c.arrivedAt().isBefore(to))
                .count();
        assertThat(handled).as("the demo agent answers contacts in the week").isGreaterThan(100);

        var page = page("/kpis/agents?period=custom&from=" + DemoWeek.MONDAY + "&to=" + DemoWeek.SUNDAY, Role.MANAGER);

        assertThat(page.select("tr[data-agent=" + agent + "] td").get(2).text())
                .isEqualTo(String.format(Locale.ENGLISH, "%,d", handled));
    }

    private Document page(String url, Role role) throws Exception {
        var response = mvc.perform(get(url).with(user(role.name().toLowerCase(Locale.ROOT)).roles(role.name())))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    private static String tileValue(Document page, String metric) {
        return page.select(".kpi-tile[data-metric=" + metric + "] .kpi-value").text();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
