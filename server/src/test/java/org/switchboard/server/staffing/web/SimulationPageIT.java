package org.switchboard.server.staffing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/**
 * The simulation page: its example, figures with confidence intervals beside the formula, the model chosen for the
 * inputs, the assumptions they break, the htmx fragment, and bad input named in the user's language.
 */
@SwitchboardIntegrationTest
class SimulationPageIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** "88.12% – 89.40%" or "12.3 – 14.1 s": two numbers around a dash. */
    private static final Pattern INTERVAL = Pattern.compile("(-?[\\d.,]+)\\D*–\\s*(-?[\\d.,]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void theLandingPageLinksToIt() throws Exception {
        var page = page(get("/staffing"));

        assertThat(page.select("nav.staffing-tools a").eachAttr("href")).contains("/staffing/simulate");
    }

    @Test
    void opensWithTheExampleSimulatedBesideErlangA() throws Exception {
        var page = page(get("/staffing/simulate"));

        assertThat(page.select("h1").text()).isEqualTo(text("staffing.simulate.title", Locale.ENGLISH));
        assertThat(page.select(".simulation-result").attr("data-model")).isEqualTo("erlang-a");
        assertThat(page.select(".figures dd.seed").text()).isEqualTo("42");
        assertThat(page.select(".simulation-table tbody tr").eachAttr("data-metric"))
                .containsExactly(
                        "service-level", "prob-wait", "prob-abandon", "prob-block", "asa", "mean-wait", "occupancy");
        // log-normal handle times with CV 1.5 are the one assumption of Erlang A the example breaks
        assertThat(page.select("ul.broken-assumptions li").eachAttr("data-assumption")).containsExactly("handle-time");
        assertThat(page.select("ul.broken-assumptions li").text())
                .isEqualTo(text("staffing.simulate.broken.handle-time", Locale.ENGLISH));
    }

    @Test
    void everyFigureHasItsMeanWithinItsConfidenceInterval() throws Exception {
        var page = page(get("/staffing/simulate")
                .param("contacts", "100")
                .param("intervalMinutes", "30")
                .param("ahtSeconds", "180")
                .param("handleTime", "EXPONENTIAL")
                .param("agents", "12")
                .param("patience", "NONE")
                .param("redialDelaySeconds", "60")
                .param("serviceLevelSeconds", "20")
                .param("replications", "10")
                .param("callsPerReplication", "5000")
                .param("seed", "7"));

        assertThat(page.select(".simulation-result").attr("data-model")).isEqualTo("erlang-c");
        assertThat(page.select(".simulation-result .notice").first().text())
                .isEqualTo(text("staffing.simulate.broken.none", Locale.ENGLISH));
        for (var metric : new String[] {"service-level", "prob-wait", "asa", "occupancy"}) {
            var row = page.selectFirst(".simulation-table tr[data-metric=" + metric + "]");
            assertThat(row).as(metric).isNotNull();
            double mean = number(cell(row, "td.simulated"));
            var interval = INTERVAL.matcher(cell(row, "td.interval"));
            assertThat(interval.find()).as("interval of %s: %s", metric, cell(row, "td.interval")).isTrue();
            double lower = number(interval.group(1));
            double upper = number(interval.group(2));
            assertThat(lower).as(metric).isLessThanOrEqualTo(mean).isLessThan(upper);
            assertThat(upper).as(metric).isGreaterThanOrEqualTo(mean);
            assertThat(cell(row, "td.analytic")).as(metric).isNotBlank();
        }
        // 10 Erlangs on 12 agents without abandonment: Erlang C waits about 45 % of calls
        double probWait = number(cell(page.selectFirst(".simulation-table tr[data-metric=prob-wait]"), "td.simulated"));
        assertThat(probWait).isBetween(35.0, 55.0);
    }

    @Test
    void linesAndRedialsAreComparedWithErlangXAndExplained() throws Exception {
        var page = page(get("/staffing/simulate")
                .param("contacts", "100")
                .param("intervalMinutes", "30")
                .param("ahtSeconds", "180")
                .param("handleTime", "EXPONENTIAL")
                .param("agents", "10")
                .param("patienceSeconds", "120")
                .param("patience", "LOG_NORMAL")
                .param("patienceCv", "0.5")
                .param("redialAbandonPercent", "50")
                .param("redialBlockPercent", "50")
                .param("redialDelaySeconds", "60")
                .param("lines", "14")
                .param("serviceLevelSeconds", "20")
                .param("replications", "5")
                .param("callsPerReplication", "5000")
                .param("seed", "3"));

        assertThat(page.select(".simulation-result").attr("data-model")).isEqualTo("erlang-x");
        assertThat(page.select("ul.broken-assumptions li").eachAttr("data-assumption"))
                .containsExactly("patience", "redials");
        double blocked = number(cell(page.selectFirst(".simulation-table tr[data-metric=prob-block]"), "td.simulated"));
        assertThat(blocked).as("10 agents and 14 lines for 10 Erlangs block some calls").isPositive();
    }

    @Test
    void anHtmxRequestGetsTheWorkspaceFragment() throws Exception {
        var result = mvc.perform(asPlanner(get("/staffing/simulate"))
                        .header("HX-Request", "true")
                        .param("contacts", "50")
                        .param("intervalMinutes", "15")
                        .param("ahtSeconds", "120")
                        .param("handleTime", "DETERMINISTIC")
                        .param("agents", "8")
                        .param("patienceSeconds", "90")
                        .param("patience", "EXPONENTIAL")
                        .param("redialDelaySeconds", "60")
                        .param("serviceLevelSeconds", "20")
                        .param("replications", "5")
                        .param("callsPerReplication", "2000"))
                .andExpect(status().isOk())
                .andExpect(view().name("staffing/simulate :: workspace"))
                .andReturn();
        var html = result.getResponse().getContentAsString();
        var fragment = Jsoup.parseBodyFragment(html);

        assertThat(html).doesNotContain("<html", "class=\"sidebar\"");
        assertThat(fragment.select("#workspace form").attr("hx-get")).isEqualTo("/staffing/simulate");
        assertThat(fragment.select(".simulation-table tbody tr")).hasSize(7);
        assertThat(fragment.select(".figures dd.seed").text()).as("a drawn seed is shown").matches("\\d+");
    }

    @Test
    void badInputIsNamedNextToEachFieldInRussian() throws Exception {
        var page = page(get("/staffing/simulate")
                .locale(RUSSIAN)
                .param("contacts", "0")
                .param("intervalMinutes", "30")
                .param("ahtSeconds", "-1")
                .param("handleTime", "LOG_NORMAL")
                .param("handleTimeCv", "20")
                .param("agents", "0")
                .param("patienceSeconds", "")
                .param("patience", "EXPONENTIAL")
                .param("redialAbandonPercent", "95")
                .param("redialDelaySeconds", "0")
                .param("serviceLevelSeconds", "20")
                .param("replications", "100")
                .param("callsPerReplication", "500"));

        assertThat(fieldError(page, "contacts"))
                .isEqualTo(text("staffing.error.sim-contacts", RUSSIAN))
                .isEqualTo("Обращений за интервал: введите число больше 0.");
        assertThat(fieldError(page, "ahtSeconds")).isEqualTo(text("staffing.error.aht", RUSSIAN));
        assertThat(fieldError(page, "handleTimeCv")).isEqualTo(text("staffing.error.cv", RUSSIAN));
        assertThat(fieldError(page, "agents")).isEqualTo(text("staffing.error.sim-agents", RUSSIAN));
        assertThat(fieldError(page, "patienceSeconds")).isEqualTo(text("staffing.error.sim-patience", RUSSIAN));
        assertThat(fieldError(page, "redialAbandonPercent")).isEqualTo(text("staffing.error.redial", RUSSIAN));
        assertThat(fieldError(page, "redialDelaySeconds")).isEqualTo(text("staffing.error.redial-delay", RUSSIAN));
        assertThat(fieldError(page, "replications")).isEqualTo(text("staffing.error.replications", RUSSIAN));
        assertThat(fieldError(page, "callsPerReplication"))
                .isEqualTo(text("staffing.error.calls-per-replication", RUSSIAN));
        assertThat(page.select("[role=alert]").text()).isEqualTo(text("staffing.form.invalid", RUSSIAN));
        assertThat(page.select(".simulation-result")).as("no answer to invalid input").isEmpty();
    }

    @Test
    void rulesBetweenFieldsAreNamedToo() throws Exception {
        var tooLong = page(get("/staffing/simulate")
                .locale(RUSSIAN)
                .param("contacts", "100")
                .param("intervalMinutes", "30")
                .param("ahtSeconds", "180")
                .param("handleTime", "EXPONENTIAL")
                .param("agents", "12")
                .param("patience", "NONE")
                .param("redialDelaySeconds", "60")
                .param("lines", "10")
                .param("serviceLevelSeconds", "20")
                .param("replications", "50")
                .param("callsPerReplication", "100000"));

        assertThat(fieldError(tooLong, "lines")).isEqualTo(text("staffing.error.lines", RUSSIAN));
        assertThat(fieldError(tooLong, "callsPerReplication")).isEqualTo(text("staffing.error.run-too-long", RUSSIAN));

        var unstable = page(get("/staffing/simulate")
                .param("contacts", "100")
                .param("intervalMinutes", "30")
                .param("ahtSeconds", "180")
                .param("handleTime", "EXPONENTIAL")
                .param("agents", "10")
                .param("patience", "NONE")
                .param("redialDelaySeconds", "60")
                .param("serviceLevelSeconds", "20")
                .param("replications", "5")
                .param("callsPerReplication", "1000"));

        assertThat(fieldError(unstable, "agents")).isEqualTo(text("staffing.error.sim-unstable", Locale.ENGLISH));

        var tooLarge = page(get("/staffing/simulate")
                .param("contacts", "1e9")
                .param("intervalMinutes", "15")
                .param("ahtSeconds", "3600")
                .param("handleTime", "EXPONENTIAL")
                .param("agents", "100")
                .param("patienceSeconds", "120")
                .param("patience", "EXPONENTIAL")
                .param("redialDelaySeconds", "60")
                .param("serviceLevelSeconds", "20")
                .param("replications", "5")
                .param("callsPerReplication", "1000"));

        assertThat(fieldError(tooLarge, "contacts")).isEqualTo(text("staffing.error.sim-too-large", Locale.ENGLISH));
        assertThat(tooLarge.select(".simulation-result")).isEmpty();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var result = mvc.perform(asPlanner(request)).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder asPlanner(MockHttpServletRequestBuilder request) {
        return request.with(user("planner").roles("PLANNER"));
    }

    private static String cell(Element row, String selector) {
        var cell = row.selectFirst(selector);
        assertThat(cell).as(selector).isNotNull();
        return cell.text();
    }

    /** {@return the first number in an English-formatted text, "88.12%" → 88.12, "1,234.5 s" → 1234.5} */
    private static double number(String text) {
        var matcher = Pattern.compile("-?[\\d,]+(\\.\\d+)?").matcher(text);
        assertThat(matcher.find()).as("a number in %s", text).isTrue();
        return Double.parseDouble(matcher.group().replace(",", ""));
    }

    private static String fieldError(Document page, String field) {
        return page.select("#" + field).parents().first().select(".field-error").text();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
