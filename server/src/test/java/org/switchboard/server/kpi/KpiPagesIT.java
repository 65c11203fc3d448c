package org.switchboard.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.engine.demo.Contact;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.user.Role;

/**
 * The agent page and the queue-settings page: what each role may see and change. Customer numbers are masked except
 * for ADMIN and SUPERVISOR, agent names shown only to ADMIN, MANAGER, SUPERVISOR and QA; only ADMIN and MANAGER change
 * queue settings, and every change is in the audit log.
 */
@SwitchboardIntegrationTest
class KpiPagesIT {

    private static final LocalDate TUESDAY = DemoWeek.MONDAY.plusDays(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Test
    void theAgentPageCountsTheAgentsContactsAndMasksCustomersForMostRoles() throws Exception {
        Contact contact = DemoWeek.contacts("service", TUESDAY).stream()
                .filter(c -> c.disposition().isAnswered())
                .findFirst()
                .orElseThrow();
        var agentId = contact.agentId().orElseThrow();
        var agent = DemoWeek.data().agents().stream().filter(a -> a.id().equals(agentId)).findFirst().orElseThrow();
        // independent count: every contact of the agent that arrived on the day, all queues (metrics.md §2 handled)
        long handled = DemoWeek.data().contacts().stream()
                .filter(c -> c.agentId().equals(contact.agentId()))
                .filter(c -> c.arrivedAt().atZone(DemoWeek.ZONE).toLocalDate().equals(TUESDAY))
                .count();
        var url = "/kpis/agents/" + agentId + "?day=" + TUESDAY;

        var forSupervisor = page(get(url), Role.SUPERVISOR);
        var forManager = page(get(url), Role.MANAGER);
        var forViewer = page(get(url), Role.VIEWER);

        assertThat(forSupervisor.select(".kpi-customer").eachText()).contains(contact.customerPhone());
        assertThat(forManager.text()).doesNotContain(contact.customerPhone()).contains(agent.name());
        assertThat(forManager.select(".kpi-customer").eachText()).allMatch(text -> text.contains("•••"));
        assertThat(forViewer.text()).doesNotContain(contact.customerPhone()).doesNotContain(agent.name());
        assertThat(forViewer.select(".kpi-tile[data-metric=handled] .kpi-value").text())
                .isEqualTo(String.valueOf(handled));
        assertThat(forViewer.select("[data-timeline]").attr("data-timeline")).contains("\"intervals\":[[");
    }

    @Test
    void everyRoleReadsTheQueueSettingsButOnlyAdminAndManagerChangeThem() throws Exception {
        var forViewer = page(get("/kpis/queues"), Role.VIEWER);
        // other tests import queues of their own into the shared database
        assertThat(forViewer.select("tr[data-queue]").eachAttr("data-queue")).contains("chat", "sales", "service");
        assertThat(forViewer.select("a[href*=edit=]")).isEmpty();
        assertThat(forViewer.select(".kpi-variants dt code").eachText()).containsExactly("ANSWERED_OF_OFFERED",
                "ANSWERED_OF_ANSWERED", "EXCLUDE_EARLY_ABANDONS", "ABANDONS_WITHIN_T_COUNT_AS_MET");

        var refused = mvc.perform(change("30").with(user("viewer").roles(Role.VIEWER.name()))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);

        var saved = mvc.perform(change("30").with(user("manager").roles(Role.MANAGER.name()))).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("QUEUE_SETTINGS_CHANGED");
            assertThat(entry.targetId()).isEqualTo("sales");
            assertThat(entry.details()).contains("T=30s");
        });
        var afterChange = page(get("/kpis/queues"), Role.QA);
        assertThat(afterChange.select("tr[data-queue=sales] td").get(2).text()).isEqualTo("30 s");
        assertThat(afterChange.select("tr[data-queue=sales] td").get(8).text()).startsWith("manager");

        var restored = mvc.perform(change("20").with(user("manager").roles(Role.MANAGER.name()))).andReturn();
        assertThat(restored.getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void aRefusedChangeShowsTheFormWithTheFieldMessage() throws Exception {
        var page = page(change("-1"), Role.ADMIN);

        assertThat(page.select(".field-error").eachText())
                .containsExactly("Service-level threshold T: enter whole seconds from 0 to 86,400.");
    }

    private static MockHttpServletRequestBuilder change(String threshold) {
        return post("/kpis/queues/sales")
                .with(csrf())
                .param("serviceLevelSeconds", threshold)
                .param("shortAbandonSeconds", "5")
                .param("variant", "ANSWERED_OF_OFFERED")
                .param("serviceLevelTargetPercent", "80");
    }

    private Document page(MockHttpServletRequestBuilder request, Role role) throws Exception {
        var response = mvc.perform(request.with(user(role.name().toLowerCase(Locale.ROOT)).roles(role.name())))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }
}
