package org.switchboard.server.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.text.NumberFormat;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.SurveyAnswer;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The home dashboard's "customer survey responses" figure and the field {@code surveyAnswers} of
 * {@code GET /api/v1/dashboard/data} count the customer responses the voice module holds, after the one-week demo
 * load: not the staff pulse answers, and not the retired table {@code survey_answer}. Tagged {@code database}: the
 * count's SQL runs on H2 and PostgreSQL.
 */
@SwitchboardIntegrationTest
@Tag("database")
class DashboardIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void theDemoHoldsOneCustomerResponsePerResponseOfTheGeneratorAndItsStaffPulse() {
        // independent count: the generator's answers of the one-week demo (seed 20260302), one response per response id
        long generated = DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(20_260_302L))
                .surveyAnswers().stream()
                .map(SurveyAnswer::responseId)
                .distinct()
                .count();

        assertThat(generated).isPositive();
        assertThat(count("SELECT COUNT(*) FROM voice_response WHERE source = 'demo'")).isEqualTo(generated);
        assertThat(count("SELECT COUNT(*) FROM voice_staff_answer")).as("the staff pulse, which is not counted")
                .isPositive();
    }

    @Test
    void theHomeFigureIsTheNumberOfCustomerResponsesHeld() throws Exception {
        long held = count("SELECT COUNT(*) FROM voice_response");

        var page = Jsoup.parse(body(get("/dashboard?lang=en").with(user("home-en").roles("VIEWER"))));

        var figure = page.select(".data-held .figures > div:has(> dt:containsOwn(Customer survey responses)) > dd");
        assertThat(figure.text()).isEqualTo(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(held));
    }

    @Test
    void theApiFieldSurveyAnswersIsTheNumberOfCustomerResponsesHeld() throws Exception {
        long held = count("SELECT COUNT(*) FROM voice_response");

        var data = json.readTree(body(get("/api/v1/dashboard/data").with(user("home-api").roles("ANALYST"))));

        assertThat(data.get("surveyAnswers").asLong()).isEqualTo(held);
        assertThat(data.get("contacts").asLong()).isEqualTo(count("SELECT COUNT(*) FROM contact"));
        assertThat(data.has("empty")).as("isEmpty() is for the page only").isFalse();
    }

    @Test
    void theOpenApiDocumentSaysWhatTheFieldCounts() throws Exception {
        var docs = json.readTree(body(get("/v3/api-docs").with(user("home-docs").roles("VIEWER"))));

        assertThat(docs.at("/components/schemas/DataHeld/properties/surveyAnswers/description").asString())
                .startsWith("Customer survey responses held");
        assertThat(docs.at("/paths/~1api~1v1~1dashboard~1data/get/description").asString())
                .contains("customer survey responses", "staff pulse answers are not counted");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
