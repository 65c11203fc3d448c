package org.switchboard.server.staffing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.switchboard.server.staffing.StaffingSimulation;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/** POST /api/v1/staffing/simulate: figures with confidence intervals, the model compared, problems naming fields. */
@SwitchboardIntegrationTest
class SimulationApiIT {

    private static final String ERLANG_A = """
            {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180, "agents": 12, "patienceSeconds": 120,
             "replications": 10, "callsPerReplication": 5000, "seed": 11}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void simulatesWithConfidenceIntervalsBesideErlangA() throws Exception {
        var body = call(ERLANG_A)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.analyticModel").value("erlang-a"))
                .andExpect(jsonPath("$.brokenAssumptions.length()").value(0))
                .andExpect(jsonPath("$.figures.length()").value(7))
                .andExpect(jsonPath("$.figures[0].name").value("serviceLevel"))
                .andExpect(jsonPath("$.figures[3].name").value("probBlock"))
                .andExpect(jsonPath("$.replications").value(10))
                .andExpect(jsonPath("$.seed").value(11))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<Map<String, Object>> figures = JsonPath.read(body, "$.figures");
        for (var figure : figures) {
            @SuppressWarnings("unchecked")
            var simulated = (Map<String, Number>) figure.get("simulated");
            assertThat(simulated.get("lowerBound").doubleValue())
                    .as("%s", figure.get("name"))
                    .isLessThanOrEqualTo(simulated.get("mean").doubleValue());
            assertThat(simulated.get("upperBound").doubleValue())
                    .as("%s", figure.get("name"))
                    .isGreaterThanOrEqualTo(simulated.get("mean").doubleValue());
        }
        // exponential times and patience: Erlang A's SL lies within the simulation's 95 % interval for this seed
        assertThat((Boolean) JsonPath.read(body, "$.figures[0].withinInterval")).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameResult() throws Exception {
        var first = call(ERLANG_A).andReturn().getResponse().getContentAsString();
        var second = call(ERLANG_A).andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void redialsAndNonExponentialTimesAreComparedWithErlangXAndNamed() throws Exception {
        call("""
                        {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180, "agents": 10,
                         "handleTimeDistribution": "log-normal", "handleTimeCv": 1.2,
                         "patienceSeconds": 120, "patienceDistribution": "deterministic",
                         "redialAfterAbandonment": 0.5, "redialDelaySeconds": 60,
                         "replications": 5, "callsPerReplication": 5000, "seed": 5}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.analyticModel").value("erlang-x"))
                .andExpect(jsonPath("$.brokenAssumptions[0]").value("handle-time"))
                .andExpect(jsonPath("$.brokenAssumptions[1]").value("patience"))
                .andExpect(jsonPath("$.brokenAssumptions[2]").value("redials"));
    }

    @Test
    void eachRunIsTimed() throws Exception {
        var before = count();

        call(ERLANG_A).andExpect(status().isOk());

        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aRejectedFieldIsAProblemNamingIt() throws Exception {
        call("""
                        {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("agents is required"));
        call("""
                        {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180, "agents": 12, "replications": 100}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("replications")));
        call("""
                        {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180, "agents": 12,
                         "replications": 50, "callsPerReplication": 100000}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("2000000")));
        call("""
                        {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180, "agents": 12,
                         "handleTimeDistribution": "gamma"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("handleTimeDistribution")));
        call("""
                        {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180, "agents": 12, "lines": 11}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("lines")));
        call("""
                        {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180, "agents": 9}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("offered load")));
        call("""
                        {"contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180, "agents": 12,
                         "patienceSeconds": 120, "redialAfterAbandonment": 0.9}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("redial probability after abandonment")));
    }

    private long count() {
        var timer = meters.find(StaffingSimulation.TIMER).tag("model", "erlang-a").timer();
        return timer == null ? 0 : timer.count();
    }

    private ResultActions call(String body) throws Exception {
        return mvc.perform(post(StaffingApi.PATH + "/simulate")
                .with(user("analyst").roles("ANALYST"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
