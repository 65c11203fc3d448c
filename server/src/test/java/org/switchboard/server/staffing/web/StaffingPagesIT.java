package org.switchboard.server.staffing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * The staffing pages as a planner uses them: the calculator's example and answers, the htmx fragment, unstable rows,
 * the translated messages of rejected input, the Erlang B and capacity pages.
 */
@SwitchboardIntegrationTest
class StaffingPagesIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Nested
    class Calculator {

        @Test
        void opensWithTheExampleAnswered() throws Exception {
            var page = page(get("/staffing"));

            assertThat(page.select("h1 span").text()).isEqualTo(text("section.staffing.title", Locale.ENGLISH));
            // the example: 100 calls per 30 min, AHT 180 s, 80 % in 20 s (Erlang C: 14 agents, SL 88.8 %)
            assertThat(page.select(".figures dd.answer").text()).isEqualTo("14");
            assertThat(page.select("tr.answer-row").attr("data-agents")).isEqualTo("14");
            assertThat(page.select("[data-staffing-charts]").attr("data-staffing-charts"))
                    .contains("\"agents\":[8,9,10,11,12,13,14,15,16,17,18,19,20]", "\"answer\":14");
            assertThat(page.select("details.formulas summary").text())
                    .isEqualTo(text("staffing.formulas.title", Locale.ENGLISH));
            assertThat(page.select("main a").eachAttr("href"))
                    .contains("/staffing/erlang-b", "/staffing/capacity", "/staffing/bulk");
            assertThat(page.select("script[src]").eachAttr("src")).contains("/js/staffing.js");
        }

        @Test
        void unstableNumbersOfAgentsShowNoFigures() throws Exception {
            var page = page(get("/staffing"));

            for (var agents : new String[] {"8", "9", "10"}) {
                var row = page.select("tr[data-agents=" + agents + "]");
                assertThat(row.select("td.unstable").text())
                        .as("row of %s agents", agents)
                        .isEqualTo(text("staffing.unstable", Locale.ENGLISH));
                assertThat(row.select("td:not(.meets)").text()).doesNotContainPattern("\\d");
            }
            assertThat(page.select("[data-staffing-charts]").attr("data-staffing-charts"))
                    .contains("\"serviceLevel\":[null,null,null,");
        }

        @Test
        void anHtmxRequestGetsTheWorkspaceFragment() throws Exception {
            var result = mvc.perform(asPlanner(get("/staffing"))
                            .header("HX-Request", "true")
                            .param("model", "ERLANG_A")
                            .param("contacts", "100")
                            .param("intervalMinutes", "30")
                            .param("ahtSeconds", "180")
                            .param("serviceLevelPercent", "80")
                            .param("serviceLevelSeconds", "20")
                            .param("patienceSeconds", "120")
                            .param("shrinkagePercent", "30"))
                    .andExpect(status().isOk())
                    .andExpect(view().name("staffing/calculator :: workspace"))
                    .andReturn();
            var html = result.getResponse().getContentAsString();
            var fragment = Jsoup.parseBodyFragment(html);

            assertThat(html).doesNotContain("<html", "class=\"sidebar\"");
            assertThat(fragment.select("#workspace form").attr("hx-get")).isEqualTo("/staffing");
            assertThat(fragment.select("th").eachText())
                    .contains(text("staffing.table.abandon", Locale.ENGLISH));
            assertThat(Integer.parseInt(fragment.select(".figures dd.answer").text())).isBetween(10, 14);
        }

        @Test
        void aPlainRequestWithFieldsGetsTheWholePage() throws Exception {
            var page = page(get("/staffing")
                    .param("model", "ERLANG_C")
                    .param("contacts", "100")
                    .param("intervalMinutes", "30")
                    .param("ahtSeconds", "180")
                    .param("serviceLevelSeconds", "20"));

            assertThat(page.select(".sidebar")).isNotEmpty();
            // no target: the smallest stable number of agents for 10 Erlangs
            assertThat(page.select(".figures dd.answer").text()).isEqualTo("11");
            assertThat(page.select(".notice.warning").text())
                    .isEqualTo(text("staffing.result.no-targets", Locale.ENGLISH));
        }

        @Test
        void badInputIsExplainedNextToEachFieldInTheUsersLanguage() throws Exception {
            var page = page(get("/staffing")
                    .locale(RUSSIAN)
                    .param("model", "ERLANG_A")
                    .param("contacts", "-5")
                    .param("intervalMinutes", "30")
                    .param("ahtSeconds", "0")
                    .param("serviceLevelPercent", "150")
                    .param("serviceLevelSeconds", "-1")
                    .param("patienceSeconds", "")
                    .param("shrinkagePercent", "100")
                    .param("chatConcurrency", "0"));

            assertThat(fieldError(page, "contacts")).isEqualTo(text("staffing.error.contacts", RUSSIAN))
                    .isEqualTo("Обращений за интервал: введите число от 0.");
            assertThat(fieldError(page, "ahtSeconds")).isEqualTo(text("staffing.error.aht", RUSSIAN));
            assertThat(fieldError(page, "serviceLevelPercent")).isEqualTo(text("staffing.error.service-level", RUSSIAN));
            assertThat(fieldError(page, "serviceLevelSeconds"))
                    .isEqualTo(text("staffing.error.service-level-seconds", RUSSIAN));
            assertThat(fieldError(page, "patienceSeconds")).isEqualTo(text("staffing.error.patience", RUSSIAN));
            assertThat(fieldError(page, "shrinkagePercent")).isEqualTo(text("staffing.error.shrinkage", RUSSIAN));
            assertThat(fieldError(page, "chatConcurrency")).isEqualTo(text("staffing.error.concurrency", RUSSIAN));
            assertThat(page.select("[role=alert]").text()).isEqualTo(text("staffing.form.invalid", RUSSIAN));
            assertThat(page.select(".staffing-result")).as("no answer to invalid input").isEmpty();
            assertThat(page.select("#contacts").val()).as("the entered value is kept").isEqualTo("-5.0");
        }

        @Test
        void lettersInANumberAreExplainedWithTheOtherProblemsOfTheForm() throws Exception {
            // a value of the wrong type leaves the form unbuilt; the rule that Erlang A needs a patience still shows
            var page = page(get("/staffing")
                    .param("model", "ERLANG_A")
                    .param("contacts", "100")
                    .param("intervalMinutes", "30")
                    .param("ahtSeconds", "three minutes")
                    .param("serviceLevelSeconds", "20"));

            assertThat(fieldError(page, "ahtSeconds")).isEqualTo(text("typeMismatch", Locale.ENGLISH));
            assertThat(fieldError(page, "patienceSeconds")).isEqualTo(text("staffing.error.patience", Locale.ENGLISH));
            assertThat(page.select(".staffing-result")).isEmpty();
        }

        @Test
        void aMissingVolumeIsNamed() throws Exception {
            var page = page(get("/staffing")
                    .param("model", "ERLANG_C")
                    .param("contacts", "")
                    .param("intervalMinutes", "30")
                    .param("ahtSeconds", "180")
                    .param("serviceLevelSeconds", "20"));

            assertThat(fieldError(page, "contacts")).isEqualTo(text("staffing.error.contacts", Locale.ENGLISH));
        }

        @Test
        void trafficBeyondTheCalculatorsRangeIsExplainedNotAnError() throws Exception {
            var page = page(get("/staffing")
                    .param("model", "ERLANG_C")
                    .param("contacts", "1e9")
                    .param("intervalMinutes", "15")
                    .param("ahtSeconds", "3600")
                    .param("serviceLevelSeconds", "20"));

            assertThat(fieldError(page, "contacts")).isEqualTo(text("staffing.error.too-large", Locale.ENGLISH));
            assertThat(page.select(".staffing-result")).isEmpty();
        }

        @Test
        void chatConcurrencyLowersTheRequirement() throws Exception {
            var page = page(get("/staffing")
                    .param("model", "ERLANG_C")
                    .param("contacts", "100")
                    .param("intervalMinutes", "30")
                    .param("ahtSeconds", "180")
                    .param("serviceLevelPercent", "80")
                    .param("serviceLevelSeconds", "20")
                    .param("chatConcurrency", "2")
                    .param("handleTimeGrowthPercent", "0"));

            // two sessions at once without slow-down halve the agent-capacity load: 5 Erlangs
            assertThat(Integer.parseInt(page.select(".figures dd.answer").text())).isLessThan(14);
            assertThat(page.select(".staffing-result .notice").text())
                    .isEqualTo(text("staffing.result.chat", Locale.ENGLISH, 2));
        }
    }

    @Nested
    class ErlangBPage {

        @Test
        void givesTheLinesForATrafficAndBlocking() throws Exception {
            var page = page(get("/staffing/erlang-b").param("trafficErlangs", "10").param("blockingPercent", "1"));

            // B(17, 10) = 0.01295 > 1 % >= B(18, 10) = 0.00714
            assertThat(page.select(".figures dd.answer").text()).isEqualTo("18");
            assertThat(page.select("tr.answer-row").attr("data-servers")).isEqualTo("18");
            assertThat(page.select("tbody tr")).hasSize(13);
        }

        @Test
        void callsPerHourTimesHoldingTimeIsTheTraffic() throws Exception {
            var page = page(get("/staffing/erlang-b")
                    .param("callsPerHour", "200")
                    .param("holdingSeconds", "180")
                    .param("blockingPercent", "1"));

            assertThat(page.select(".figures dd.answer").text()).isEqualTo("18");
        }

        @Test
        void lettersInANumberAreExplainedWithTheMissingTraffic() throws Exception {
            var page = page(get("/staffing/erlang-b").param("blockingPercent", "one"));

            assertThat(fieldError(page, "blockingPercent")).isEqualTo(text("typeMismatch", Locale.ENGLISH));
            assertThat(fieldError(page, "trafficErlangs"))
                    .isEqualTo(text("staffing.error.traffic-missing", Locale.ENGLISH));
        }

        @Test
        void missingTrafficIsNamed() throws Exception {
            var page = page(get("/staffing/erlang-b").locale(RUSSIAN).param("blockingPercent", "1"));

            assertThat(fieldError(page, "trafficErlangs")).isEqualTo(text("staffing.error.traffic-missing", RUSSIAN));
        }
    }

    @Nested
    class CapacityPage {

        @Test
        void opensWithTheExampleAndExplainsIt() throws Exception {
            var page = page(get("/staffing/capacity"));

            var agents = Integer.parseInt(page.select(".figures dd.peak-agents").text());
            var seats = Integer.parseInt(page.select(".figures dd.seats").text());
            assertThat(seats).isGreaterThanOrEqualTo(agents);
            assertThat(Integer.parseInt(page.select(".figures dd.lines").text())).isGreaterThan(agents);
            assertThat(page.select("ul.explanation li")).hasSize(4);
        }

        @Test
        void enteredPeakAgentsAreUsedAndSharedSeats() throws Exception {
            var page = page(get("/staffing/capacity")
                    .param("contacts", "100")
                    .param("intervalMinutes", "30")
                    .param("ahtSeconds", "180")
                    .param("serviceLevelPercent", "80")
                    .param("serviceLevelSeconds", "20")
                    .param("peakAgents", "20")
                    .param("shrinkagePercent", "20")
                    .param("seatSharing", "1.25")
                    .param("wrapUpSeconds", "30")
                    .param("ivrSeconds", "0")
                    .param("blockingPercent", "1"));

            // FTE = 20 / 0.8 = 25; seats = max(20, 25 / 1.25) = 20; no IVR time, no IVR port
            assertThat(page.select(".figures dd.peak-agents").text()).isEqualTo("20");
            assertThat(page.select(".figures dd.seats").text()).isEqualTo("20");
            assertThat(page.select(".figures dd.ivr-ports").text()).isEqualTo("0");
        }

        @Test
        void tooFewPeakAgentsAreRejected() throws Exception {
            var page = page(get("/staffing/capacity")
                    .param("contacts", "100")
                    .param("intervalMinutes", "30")
                    .param("ahtSeconds", "180")
                    .param("serviceLevelPercent", "80")
                    .param("serviceLevelSeconds", "20")
                    .param("peakAgents", "10")
                    .param("shrinkagePercent", "30")
                    .param("seatSharing", "1")
                    .param("wrapUpSeconds", "0")
                    .param("ivrSeconds", "20")
                    .param("blockingPercent", "1"));

            assertThat(fieldError(page, "peakAgents"))
                    .isEqualTo(text("staffing.error.peak-agents-unstable", Locale.ENGLISH));
        }
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var result = mvc.perform(asPlanner(request)).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder asPlanner(MockHttpServletRequestBuilder request) {
        return request.with(user("planner").roles("PLANNER"));
    }

    private static String fieldError(Document page, String field) {
        return page.select("#" + field).parents().first().select(".field-error").text();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
