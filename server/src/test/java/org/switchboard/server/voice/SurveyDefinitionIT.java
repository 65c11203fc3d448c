package org.switchboard.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.Role;

/**
 * Defining a survey on {@code /customer-voice/surveys}: a stored definition is listed and takes imports, a scale of one
 * point and overlapping boxes are refused next to their field in the user's language with nothing stored, and roles
 * outside {@link VoiceRoles#EDITORS} cannot define.
 */
@SwitchboardIntegrationTest
class SurveyDefinitionIT {

    private static final String SURVEYS = "/customer-voice/surveys";

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyCatalogue catalogue;

    @Autowired
    SurveyImporter importer;

    @Autowired
    JdbcClient jdbc;

    private final String code = UniqueNames.of("defined");

    @Test
    void aDefinedSurveyIsStoredListedAuditedAndTakesImports() throws Exception {
        mvc.perform(question(form(), "1", "7", "", "").with(csrf()).with(user("analyst").roles("ANALYST")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(SURVEYS));

        var survey = catalogue.find(code).orElseThrow();
        assertThat(survey.audience()).isEqualTo(Audience.CUSTOMER);
        var question = survey.question("sat").orElseThrow();
        assertThat(question.kind()).isEqualTo(QuestionKind.CSAT);
        assertThat(question.scale()).isEqualTo(new Scale(1, 7));
        // default CSAT boxes carried to 1–7 (QuestionKind Javadoc): 4 on 1–5 maps to 1 + (4−1)·6/4 = 5.5 → top 6–7;
        // 1 on 1–5 maps to 1 → bottom 1–1
        assertThat(question.boxes().top()).isEqualTo(new Box(6, 7));
        assertThat(question.boxes().bottom()).isEqualTo(new Box(1, 1));
        assertThat(question.text("ru")).isEqualTo("Довольны ли вы?");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'SURVEY_DEFINED' AND target_id = ?")
                .param(String.valueOf(survey.id())).query(Long.class).single()).isEqualTo(1);

        var page = mvc.perform(get(SURVEYS).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(code).contains("Defined by a test");

        var mapping = new ColumnMapping("m", "id", "when", ColumnMapping.ISO_PATTERN, "", "", "channel", "", "", "",
                Map.of("sat", "sat"));
        var csv = "id,when,channel,sat\nR1,2026-03-02T08:00,VOICE,7\nR2,2026-03-02T09:00,CHAT,2\n";
        var outcome = importer.importFile(new SurveyImportRequest(code, "crm", "answers.csv", Optional.of(mapping),
                Optional.empty(), RejectPolicy.REJECT_FILE, "tester"),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome.added()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM voice_response r JOIN voice_survey s ON s.id = r.survey_id"
                + " WHERE s.code = ?").param(code).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aOnePointScaleIsRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
        var page = mvc.perform(question(form(), "1", "1", "", "").param("lang", "ru")
                        .with(csrf()).with(user("svdef-ru").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("В шкале должно быть не меньше 2 значений").contains("Опрос не сохранён");
        assertThat(catalogue.find(code)).isEmpty();
    }

    @Test
    void overlappingBoxesAreRefusedAndNothingIsStored() throws Exception {
        var page = mvc.perform(question(form(), "1", "5", "3-5", "1-3")
                        .with(csrf()).with(user("manager").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The top box 3–5 and the bottom box 1–3 must lie on the scale 1–5 and must not overlap");
        assertThat(catalogue.find(code)).isEmpty();
    }

    @Test
    void aSecondSurveyWithTheSameCodeIsRefused() throws Exception {
        mvc.perform(question(form(), "1", "5", "", "").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        var page = mvc.perform(question(form(), "1", "5", "", "").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("A survey with the code &quot;" + code + "&quot; already exists.");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VIEWER", "QA"})
    void rolesOutsideTheEditorsCannotDefine(Role role) throws Exception {
        mvc.perform(question(form(), "1", "7", "", "").with(csrf()).with(user("someone").roles(role.name())))
                .andExpect(status().isForbidden());

        assertThat(catalogue.find(code)).isEmpty();
    }

    private MockHttpServletRequestBuilder form() {
        return post(SURVEYS).param("code", code).param("name", "Defined by a test").param("audience", "CUSTOMER");
    }

    private static MockHttpServletRequestBuilder question(
            MockHttpServletRequestBuilder request, String min, String max, String top, String bottom) {
        return request.param("q0.code", "sat").param("q0.text.en", "Are you satisfied?")
                .param("q0.text.ru", "Довольны ли вы?").param("q0.text.zh-CN", "您满意吗？")
                .param("q0.kind", "CSAT").param("q0.min", min).param("q0.max", max)
                .param("q0.top", top).param("q0.bottom", bottom).param("q0.touchpoint", "after-contact")
                .param("q1.code", "").param("q2.code", "");
    }
}
