package org.switchboard.server.staffing.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.switchboard.server.support.SwitchboardIntegrationTest;

/** The staffing REST API: solve, evaluate, Erlang B, and RFC 9457 problems that name the rejected field. */
@SwitchboardIntegrationTest
class StaffingApiIT {

    private static final String REFERENCE = """
            {"model": "erlang-c", "contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180,
             "serviceLevelTarget": 0.8, "serviceLevelSeconds": 20, "shrinkage": 0.3}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void solvesTheReferenceCase() throws Exception {
        // 10 Erlangs, 80 % in 20 s: 14 agents, SL 0.8883500192 (Erlang C, by hand in StaffingCommandTest)
        call("/requirement", REFERENCE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.model").value("erlang-c"))
                .andExpect(jsonPath("$.agents").value(14))
                .andExpect(jsonPath("$.trafficErlangs").value(closeTo(10.0, 1e-12), Double.class))
                .andExpect(jsonPath("$.serviceLevel").value(closeTo(0.8883500192, 1e-6), Double.class))
                .andExpect(jsonPath("$.fte").value(closeTo(20.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.blocking").value(nullValue()))
                .andExpect(jsonPath("$.meetsTargets").value(true));
    }

    @Test
    void evaluatesAnUnstableNumberWithNullForInfiniteFigures() throws Exception {
        call("/evaluate", """
                        {"agents": 10, "model": "erlang-c", "contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agents").value(10))
                .andExpect(jsonPath("$.stable").value(false))
                .andExpect(jsonPath("$.asaSeconds").value(nullValue()))
                .andExpect(jsonPath("$.averageQueueLength").value(nullValue()))
                .andExpect(jsonPath("$.meetsTargets").value(false));
    }

    @Test
    void erlangBGivesLinesAndTheTableAroundThem() throws Exception {
        call("/erlang-b", """
                        {"callsPerHour": 200, "holdingSeconds": 180, "targetBlocking": 0.01}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trafficErlangs").value(closeTo(10.0, 1e-12), Double.class))
                .andExpect(jsonPath("$.servers").value(18))
                .andExpect(jsonPath("$.blocking").value(closeTo(0.0071424, 1e-6), Double.class))
                .andExpect(jsonPath("$.around.length()").value(11));
    }

    @Test
    void aRejectedFieldIsAProblemNamingIt() throws Exception {
        call("/requirement", """
                        {"model": "erlang-c", "contacts": 100, "intervalMinutes": 30, "ahtSeconds": 0}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("AHT")));
        call("/requirement", """
                        {"model": "erlang-c", "intervalMinutes": 30, "ahtSeconds": 180}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("contacts is required"));
        call("/requirement", """
                        {"model": "erlang-c", "contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180,
                         "serviceLevelTarget": 1.5}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("service-level target")));
        call("/evaluate", """
                        {"model": "erlang-a", "agents": 12, "contacts": 100, "intervalMinutes": 30, "ahtSeconds": 180}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("patience")));
    }

    private ResultActions call(String path, String body) throws Exception {
        return mvc.perform(post(StaffingApi.PATH + path)
                .with(user("planner").roles("PLANNER"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
