package org.switchboard.server.schedules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.switchboard.engine.staffing.ErlangC;
import org.switchboard.engine.staffing.Workload;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.schedules.RunStatus;
import org.switchboard.server.schedules.ScheduleEdit;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.ScheduleWorkbook;
import org.switchboard.server.schedules.VersionStatus;
import org.switchboard.server.staffing.StoredRequirements;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.Role;

/**
 * The planning flow through the pages with the real engine: a requirement file is uploaded and solved in the
 * background (progress polled, stop asked), the result is edited and the edit re-evaluated, published with an audit
 * entry, exported as .xlsx (read back with fastexcel-reader) and iCalendar (parsed); an infeasible requirement shows
 * the engine's reasons and nothing to publish; a supervisor reads but cannot plan.
 */
@SwitchboardIntegrationTest
class SchedulePlanningIT {

    private static final Pattern RUN_URL = Pattern.compile("/schedules/runs/(\\d+)$");
    private static final Pattern VERSION_URL = Pattern.compile("/schedules/versions/(\\d+)");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;

    @Autowired
    SchedulePlanning planning;

    @Autowired
    AuditLog auditLog;

    @Autowired
    StoredRequirements requirements;

    @Test
    void anUploadedRequirementIsSolvedEditedPublishedAndExported() throws Exception {
        // one day in the far future, 4 service agents 09:00-17:00 local, 0 otherwise
        var day = LocalDate.of(2031, 3, 3);
        long runId = startRun(requirementCsv(day, "service", 9, 17, 4), day, 20, Role.PLANNER);

        var page = mvc.perform(get("/schedules/runs/" + runId).with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Solver run " + runId);
        mvc.perform(get("/schedules/runs/" + runId + "/progress").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk());
        boolean stopped = planning.stop(runId);
        var run = planning.awaitEnd(runId);
        assertThat(run.status())
                .as("a stop asked while solving keeps the best schedule; a solve that ended first is finished")
                .isEqualTo(stopped ? RunStatus.STOPPED : RunStatus.FINISHED);
        mvc.perform(get("/schedules/runs/" + runId + "/progress").with(as(Role.PLANNER)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader("HX-Refresh")).isEqualTo("true"));

        var first = planning.versions(runId).getFirst();
        assertThat(first.figures().violations()).isZero();
        var shifts = planning.shifts(first.id());
        assertThat(shifts).isNotEmpty();
        var evaluated = planning.evaluate(first.id());
        assertThat(evaluated.quality().objective()).isCloseTo(first.figures().objective(), within(1e-6));

        // move the first shift by 30 minutes (later, or earlier if later breaks a rule): a new version whose figures
        // are the engine's evaluation of the edit
        var moved = shifts.getFirst();
        int minutes = planning.previewEdit(first.id(), new ScheduleEdit.MoveShift(moved.agentId(), moved.day(), 30))
                        .violations() == 0 ? 30 : -30;
        var edit = mvc.perform(post("/schedules/versions/" + first.id() + "/edits").with(as(Role.PLANNER))
                        .param("kind", "move-shift")
                        .param("agentId", moved.agentId())
                        .param("day", moved.day().toString())
                        .param("minutes", String.valueOf(minutes)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        var matcher = VERSION_URL.matcher(String.valueOf(edit));
        assertThat(matcher.find()).as(edit).isTrue();
        long editedId = Long.parseLong(matcher.group(1));
        var edited = planning.version(editedId).orElseThrow();
        assertThat(edited.number()).isEqualTo(2);
        assertThat(edited.note()).contains("moved the shift of " + moved.agentId()).contains("%+d min".formatted(minutes));
        assertThat(edited.figures().violations()).isZero();
        var movedShift = planning.shifts(editedId).stream()
                .filter(shift -> shift.agentId().equals(moved.agentId()))
                .findFirst()
                .orElseThrow();
        assertThat(movedShift.start()).isEqualTo(moved.start().plusSeconds(60L * minutes));
        var reEvaluated = planning.evaluate(editedId).quality();
        assertThat(edited.figures().objective()).isCloseTo(reEvaluated.objective(), within(1e-6));
        assertThat(edited.figures().lowerBound()).isEqualTo(first.figures().lowerBound());

        var versionPage = mvc.perform(get("/schedules/versions/" + editedId).with(as(Role.PLANNER)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(versionPage).contains("data-schedule-chart").contains("data-shift").contains("data-edit=\"move-shift\"");

        // a supervisor cannot publish; a planner can, once, with an audit entry
        mvc.perform(post("/schedules/versions/" + editedId + "/publish").with(as(Role.SUPERVISOR)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/schedules/versions/" + editedId + "/publish").with(as(Role.PLANNER)))
                .andExpect(status().is3xxRedirection());
        assertThat(planning.version(editedId).orElseThrow().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(auditLog.latest(50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(SchedulePlanning.AUDIT_PUBLISHED);
            assertThat(entry.targetId()).isEqualTo(String.valueOf(editedId));
        });
        assertThat(planning.publish(editedId, "planner")).as("published once only").isFalse();

        // .xlsx: one row per agent, one column per day, a sheet per day with the evaluated intervals
        var xlsx = download("/schedules/versions/" + editedId + "/export.xlsx");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(sheet -> sheet.getName()).containsExactly(ScheduleWorkbook.SCHEDULE_SHEET,
                    day.toString());
            var rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellAsString(3)).contains(day.toString());
            var agentRow = rows.stream()
                    .filter(row -> row.getCellAsString(0).orElse("").equals(moved.agentId()))
                    .findFirst()
                    .orElseThrow();
            var local = movedShift.start().atZone(BERLIN).toLocalTime();
            assertThat(agentRow.getCellAsString(3).orElseThrow()).startsWith(local.toString());
            var dayRows = sheets.get(1).read();
            assertThat(dayRows.get(0).getCellAsString(0)).contains("interval_start");
            assertThat(dayRows).hasSize(1 + 96);
            var nine = dayRows.stream()
                    .skip(1)
                    .filter(row -> row.getCellAsDate(0).map(LocalDateTime::toLocalTime)
                            .map(time -> time.getHour() == 9 && time.getMinute() == 0).orElse(false))
                    .findFirst()
                    .orElseThrow();
            assertThat(nine.getCellAsNumber(2).orElseThrow().intValue()).as("required at 09:00").isEqualTo(4);
        }

        // iCalendar: the agent's shift and its breaks, CRLF lines, UTC times
        var ics = download("/schedules/versions/" + editedId + "/calendar/" + moved.agentId())
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        var utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
        assertThat(ics).contains("DTSTART:" + utc.format(movedShift.start()) + "\r\n")
                .contains("DTEND:" + utc.format(movedShift.end()) + "\r\n")
                .contains("UID:shift-" + editedId + "-" + moved.agentId() + "-" + day + "@switchboard\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2 + movedShift.breaks().size());
    }

    /**
     * A stored requirement set from the staffing module carries its forecast: the schedule's evaluation projects the
     * service level per interval with the set's model (Erlang C) and threshold (20 s), as the engine's Erlang C gives
     * it for the scheduled agents; intervals without contacts have no service level.
     */
    @Test
    void aStoredRequirementSetGivesTheProjectedServiceLevel() throws Exception {
        var day = LocalDate.of(2031, 7, 7);
        var forecast = new StringBuilder("interval_start,queue,contacts,aht\n");
        for (int slot = 0; slot < 96; slot++) {
            var start = day.atStartOfDay().plusMinutes(15L * slot);
            boolean open = start.getHour() >= 9 && start.getHour() < 17;
            forecast.append(start).append(",service,").append(open ? "40,300" : "0,").append('\n');
        }
        var name = UniqueNames.of("forecast");
        mvc.perform(multipart("/staffing/bulk")
                        .file(new MockMultipartFile("file", name + ".csv", "text/csv",
                                forecast.toString().getBytes(StandardCharsets.UTF_8)))
                        .param("name", name)
                        .param("model", "ERLANG_C")
                        .param("intervalMinutes", "15")
                        .param("serviceLevelPercent", "80")
                        .param("serviceLevelSeconds", "20")
                        .param("shrinkagePercent", "30")
                        .with(as(Role.PLANNER)))
                .andExpect(status().is3xxRedirection());
        long setId = requirements.sets().stream().filter(set -> set.name().equals(name)).findFirst().orElseThrow().id();

        var location = mvc.perform(multipart("/schedules/runs").with(as(Role.PLANNER))
                        .param("setId", String.valueOf(setId))
                        .param("firstDay", day.toString())
                        .param("days", "1")
                        .param("timeLimitSeconds", "10"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        var matcher = RUN_URL.matcher(String.valueOf(location));
        assertThat(matcher.find()).as(location).isTrue();
        long runId = Long.parseLong(matcher.group(1));
        assertThat(planning.awaitEnd(runId).requirementSetId()).contains(setId);

        var quality = planning.evaluate(planning.versions(runId).getFirst().id()).quality();
        var service = quality.coverage().stream().filter(c -> c.skill().equals("service")).findFirst().orElseThrow();
        assertThat(service.serviceLevelOmitted()).isEmpty();
        var ten = service.intervals().stream()
                .filter(interval -> interval.start().equals(day.atTime(10, 0)))
                .findFirst()
                .orElseThrow();
        int agents = (int) Math.floor(ten.scheduled() + 1e-9);
        assertThat(agents).as("staff scheduled at 10:00").isPositive();
        assertThat(ten.serviceLevel().orElseThrow()).isCloseTo(new ErlangC()
                .evaluate(Workload.of(40, 15, 300), agents, Duration.ofSeconds(20)).serviceLevel(), within(1e-12));
        var night = service.intervals().stream()
                .filter(interval -> interval.start().equals(day.atTime(3, 0)))
                .findFirst()
                .orElseThrow();
        assertThat(night.serviceLevel()).as("no contacts, no service level").isEmpty();
    }

    @Test
    void aRequirementNobodyCanWorkIsExplainedAndNothingIsPublishable() throws Exception {
        var day = LocalDate.of(2031, 4, 7);
        long runId = startRun(requirementCsv(day, "no-such-skill", 10, 12, 2), day, 5, Role.MANAGER);

        var run = planning.awaitEnd(runId);

        assertThat(run.status()).isEqualTo(RunStatus.INFEASIBLE);
        assertThat(planning.versions(runId)).isEmpty();
        assertThat(planning.problems(runId)).isNotEmpty();
        var page = mvc.perform(get("/schedules/runs/" + runId).with(as(Role.SUPERVISOR)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Why no schedule can be made").contains("Nothing was scheduled");
    }

    @Test
    void aRequirementWithAGapIsRefusedWithTheIntervalsMissing() throws Exception {
        var day = LocalDate.of(2031, 5, 5);
        // rows for 00:00-08:00 and 12:00-24:00 only: 08:00-12:00 is missing
        var csv = new StringBuilder("timestamp,skill,agents\n");
        for (int slot = 0; slot < 96; slot++) {
            if (slot < 32 || slot >= 48) {
                csv.append(day.atStartOfDay().plusMinutes(15L * slot)).append(",service,1\n");
            }
        }
        long runId = startRun(csv.toString(), day, 5, Role.ADMIN);

        var run = planning.awaitEnd(runId);

        assertThat(run.status()).isEqualTo(RunStatus.INFEASIBLE);
        assertThat(planning.problems(runId)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo("REQUIREMENT_GAP");
            assertThat(problem.subject()).isEqualTo("service");
            assertThat(problem.interval()).contains(day.atTime(8, 0).atZone(BERLIN).toInstant());
        });
    }

    @Test
    void aBadRequirementFileNamesTheLineFieldValueAndReason() throws Exception {
        var file = new MockMultipartFile("file", "bad.csv", "text/csv",
                "timestamp,skill,agents\n2031-03-03T09:00,service,four\n".getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/schedules/runs").file(file).with(as(Role.PLANNER))
                        .param("firstDay", "2031-03-03").param("days", "1"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(String.valueOf(result.getFlashMap().get("error")))
                .contains("bad.csv").contains("line 2").contains("agents").contains("four").contains("a finite number >= 0");
    }

    @Test
    void aRowOffTheIntervalGridIsRefusedBeforeAnythingIsStored() throws Exception {
        int runsBefore = planning.latestRuns(Integer.MAX_VALUE).size();
        var file = new MockMultipartFile("file", "offgrid.csv", "text/csv",
                "timestamp,skill,agents\n2031-03-03T09:07,service,4\n".getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/schedules/runs").file(file).with(as(Role.PLANNER))
                        .param("firstDay", "2031-03-03").param("days", "1").param("intervalMinutes", "15"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(String.valueOf(result.getFlashMap().get("error"))).contains("offgrid.csv").contains("09:07");
        assertThat(planning.latestRuns(Integer.MAX_VALUE)).hasSize(runsBefore);
    }

    @Test
    void aSupervisorSeesThePlanningPageWithoutTheFormAndCannotStartARun() throws Exception {
        var page = mvc.perform(get("/schedules").with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("data-plan-form").contains("planners, managers and administrators");

        var plannerPage = mvc.perform(get("/schedules").with(as(Role.PLANNER)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(plannerPage).contains("data-plan-form");
        mvc.perform(multipart("/schedules/runs").with(as(Role.SUPERVISOR)).param("firstDay", "2031-03-03"))
                .andExpect(status().isForbidden());
    }

    private long startRun(String csv, LocalDate day, int seconds, Role role) throws Exception {
        var file = new MockMultipartFile("file", "requirement.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var location = mvc.perform(multipart("/schedules/runs").file(file).with(as(role))
                        .param("firstDay", day.toString())
                        .param("days", "1")
                        .param("intervalMinutes", "15")
                        .param("timeLimitSeconds", String.valueOf(seconds)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        var matcher = RUN_URL.matcher(String.valueOf(location));
        assertThat(matcher.find()).as("redirect to the run's page, not %s", location).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** A day of 15-minute rows: {@code agents} from {@code fromHour} to {@code toHour} local time, 0 otherwise. */
    private static String requirementCsv(LocalDate day, String skill, int fromHour, int toHour, int agents) {
        var csv = new StringBuilder("timestamp,skill,agents\n");
        for (int slot = 0; slot < 96; slot++) {
            var start = day.atStartOfDay().plusMinutes(15L * slot);
            int hour = start.getHour();
            csv.append(start).append(',').append(skill).append(',')
                    .append(hour >= fromHour && hour < toHour ? agents : 0).append('\n');
        }
        return csv.toString();
    }

    private MockHttpServletResponse download(String path) throws Exception {
        return mvc.perform(get(path).with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse();
    }

    private static RequestPostProcessor as(Role role) {
        var name = role.name().toLowerCase(Locale.ROOT);
        return request -> csrf().postProcessRequest(user(name).roles(role.name()).postProcessRequest(request));
    }
}
