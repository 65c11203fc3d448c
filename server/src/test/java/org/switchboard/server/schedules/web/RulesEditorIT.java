package org.switchboard.server.schedules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.Weights;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.schedules.PlanRequest;
import org.switchboard.server.schedules.RequirementPoint;
import org.switchboard.server.schedules.RuleEditor;
import org.switchboard.server.schedules.RuleEntry;
import org.switchboard.server.schedules.RulesDocument;
import org.switchboard.server.schedules.SchedulePlanning;
import org.switchboard.server.schedules.ScheduleVersion;
import org.switchboard.server.schedules.SchedulingRules;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.support.UniqueNames;
import org.switchboard.server.user.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules editor through its pages: templates and contracts are created, changed and deleted with an audit entry
 * each; a field the engine refuses is shown next to itself in the user's language and nothing is stored; a contract
 * agents work under is not deleted; a contract's night rules and the soft weights are edited, refused next to the
 * field and audited; the weights are changed and the next planning run uses the stored templates and weights, its soft
 * penalty reported on the version page and in the API as the evaluator computes it; the rules are downloaded and
 * replaced as RULES.json; a supervisor reads the rules but gets none of the forms.
 */
@SwitchboardIntegrationTest
class RulesEditorIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleEditor editor;

    @Autowired
    AuditLog auditLog;

    @Autowired
    SchedulePlanning planning;

    @Test
    void aTemplateIsCreatedChangedAndDeletedWithAnAuditEntryEach() throws Exception {
        var name = UniqueNames.of("Early");
        var form = templateForm(name, "06:00", "08:00")
                .param("breaks[0].lengthMinutes", "15")
                .param("breaks[0].paid", "true")
                .param("breaks[0].earliestAfterStartMinutes", "60")
                .param("breaks[0].latestBeforeEndMinutes", "45")
                // an empty row is ignored
                .param("breaks[1].lengthMinutes", "")
                .param("breaks[1].earliestAfterStartMinutes", "");
        mvc.perform(form.with(as(Role.PLANNER))).andExpect(redirectedUrl(RulesController.RULES));

        var created = template(name).orElseThrow();
        assertThat(created.rule()).isEqualTo(new ShiftTemplate(name, LocalTime.of(6, 0), LocalTime.of(8, 0), 30,
                List.of(240, 300), List.of(new BreakRule(15, true, 60, 45)), 0));
        assertAudited(RuleEditor.AUDIT_TEMPLATE_CREATED, created.id());

        var supervisorPage = page(get(RulesController.RULES).with(as(Role.SUPERVISOR)));
        assertThat(supervisorPage).contains(name).contains("You can read the rules")
                .doesNotContain("/schedules/rules/templates/" + created.id())
                .doesNotContain("/schedules/rules/templates/new");
        mvc.perform(get("/schedules/rules/templates/" + created.id()).with(as(Role.SUPERVISOR)))
                .andExpect(status().isForbidden());
        var edit = page(get("/schedules/rules/templates/" + created.id()).with(as(Role.MANAGER)));
        assertThat(Jsoup.parse(edit).getElementById("rule-breaks[0].latestBeforeEndMinutes").val()).isEqualTo("45");

        mvc.perform(templateForm(name, "06:00", "09:00", "/schedules/rules/templates/" + created.id())
                        .with(as(Role.MANAGER)))
                .andExpect(redirectedUrl(RulesController.RULES));
        assertThat(editor.template(created.id()).orElseThrow().rule()).isEqualTo(new ShiftTemplate(name,
                LocalTime.of(6, 0), LocalTime.of(9, 0), 30, List.of(240, 300), List.of(), 0));
        assertAudited(RuleEditor.AUDIT_TEMPLATE_CHANGED, created.id());

        mvc.perform(post("/schedules/rules/templates/" + created.id() + "/delete").with(as(Role.ADMIN)))
                .andExpect(redirectedUrl(RulesController.RULES))
                .andExpect(flash().attribute("notice", "schedweb.deleted"));
        assertThat(editor.template(created.id())).isEmpty();
        assertAudited(RuleEditor.AUDIT_TEMPLATE_DELETED, created.id());
    }

    @Test
    void aFieldTheEngineRefusesIsShownNextToItInTheUsersLanguageAndNothingIsStored() throws Exception {
        // ShiftTemplate's constructor refuses a latest start before the earliest one; the reason sits under the field
        var name = UniqueNames.of("Reversed");
        var refused = page(templateForm(name, "10:00", "08:00").with(as(Role.PLANNER)).locale(Locale.ENGLISH));
        assertThat(refused).contains("Nothing was saved: correct the fields marked below.");
        assertThat(errorUnder(refused, "startLatest"))
                .isEqualTo("The latest start must not be before the earliest start: \"08:00\".");
        assertThat(template(name)).isEmpty();

        // a value that is no number never reaches the engine; the reason is in Russian for a Russian browser
        var contractName = UniqueNames.of("Part time");
        var fields = contractFields(contractName, "20", "30");
        fields.put("maxConsecutiveDays", "six");
        var russian = page(form("/schedules/rules/contracts", fields).with(as(Role.PLANNER)).locale(Locale.of("ru")));
        assertThat(errorUnder(russian, "maxConsecutiveDays")).isEqualTo("Введите целое число: «six».");

        // Contract's constructor refuses most hours below the least hours
        var reversed = page(contractForm(contractName, "30", "20").with(as(Role.PLANNER)).locale(Locale.ENGLISH));
        assertThat(errorUnder(reversed, "maxHoursPerWeek"))
                .isEqualTo("The most hours a week must not be below the least hours a week: \"20\".");

        // a name another contract has
        var taken = page(contractForm(SchedulingRules.DEFAULT_CONTRACT, "20", "30").with(as(Role.PLANNER))
                .locale(Locale.ENGLISH));
        assertThat(errorUnder(taken, "name")).isEqualTo("Another rule already has the name \"Full time\".");
        assertThat(editor.contracts()).noneMatch(entry -> entry.rule().name().equals(contractName));
    }

    @Test
    void aContractIsCreatedAndChangedAndDeletedOnlyWhenNoAgentWorksUnderIt() throws Exception {
        var name = UniqueNames.of("Part time");
        mvc.perform(contractForm(name, "20", "30").with(as(Role.PLANNER)))
                .andExpect(redirectedUrl(RulesController.RULES));
        var created = editor.contracts().stream()
                .filter(entry -> entry.rule().name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.rule()).isEqualTo(new Contract(name, 20, 30, 2, 4, 3, true, 11, 5, 1));
        assertAudited(RuleEditor.AUDIT_CONTRACT_CREATED, created.id());

        mvc.perform(contractForm(name, "20", "32.5", false, "/schedules/rules/contracts/" + created.id())
                        .with(as(Role.PLANNER)))
                .andExpect(redirectedUrl(RulesController.RULES));
        assertThat(editor.contract(created.id()).orElseThrow().rule())
                .isEqualTo(new Contract(name, 20, 32.5, 2, 4, 3, false, 11, 5, 1));
        assertAudited(RuleEditor.AUDIT_CONTRACT_CHANGED, created.id());

        // the demo's agents work under the default contract: it stays
        var fullTime = editor.contracts().stream()
                .filter(entry -> entry.rule().name().equals(SchedulingRules.DEFAULT_CONTRACT))
                .findFirst()
                .orElseThrow();
        assertThat(editor.agentsPerContract().get(fullTime.id())).isPositive();
        mvc.perform(post("/schedules/rules/contracts/" + fullTime.id() + "/delete").with(as(Role.PLANNER)))
                .andExpect(redirectedUrl(RulesController.RULES))
                .andExpect(flash().attribute("refusal", "schedweb.refused.contract-in-use"));
        assertThat(editor.contract(fullTime.id())).isPresent();

        mvc.perform(post("/schedules/rules/contracts/" + created.id() + "/delete").with(as(Role.PLANNER)))
                .andExpect(redirectedUrl(RulesController.RULES));
        assertThat(editor.contract(created.id())).isEmpty();
        assertAudited(RuleEditor.AUDIT_CONTRACT_DELETED, created.id());
    }

    /**
     * With the default template alone, its start window narrowed to 08:00–08:30 and weights 7 / 0.5 / 0.25 (soft
     * weights left empty: their defaults), a run for a day
     * needing 4 service agents from 09:00 to 17:00 plans with the stored rules: every shift of that template starts at
     * 08:00 or 08:30 (the window it had before, 07:00–12:00, would allow others), and the objective is
     * 7 × under + 0.5 × over + 0.25 × paid hours of the version's own figures (not the former 10 / 1 / 0.5).
     */
    @Test
    void thePlanningRunUsesTheStoredTemplatesAndWeights() throws Exception {
        var before = editor.document();
        var original = defaultTemplate(before);
        try {
            // the default template alone (other tests store templates of their own)
            editor.replace(new RulesDocument(List.of(original), before.contracts(), before.weights()));
            var template = editor.templates().getFirst();
            var narrowed = RuleForm.values(original);
            narrowed.put("startEarliest", "08:00");
            narrowed.put("startLatest", "08:30");
            mvc.perform(form("/schedules/rules/templates/" + template.id(), narrowed).with(as(Role.PLANNER)))
                    .andExpect(redirectedUrl(RulesController.RULES));
            mvc.perform(post(RulesController.WEIGHTS).with(as(Role.PLANNER))
                            .param("understaffedHour", "7")
                            .param("overstaffedHour", "0,5")
                            .param("paidHour", "0.25"))
                    .andExpect(redirectedUrl(RulesController.RULES));
            // the soft weights left out of the form get their default shares of paidHour, as in RULES.json
            assertThat(editor.weights()).isEqualTo(Weights.withDefaultSoftGoals(7, 0.5, 0.25));
            assertAudited(RuleEditor.AUDIT_WEIGHTS_CHANGED, 1);

            var version = planOneDay("rules editor", LocalDate.of(2031, 11, 3), LocalTime.of(17, 0));
            var figures = version.figures();
            assertThat(figures.objective()).isCloseTo(
                    7 * figures.underStaffedHours() + 0.5 * figures.overStaffedHours() + 0.25 * figures.paidHours(),
                    within(1e-6));
            var shifts = planning.shifts(version.id());
            assertThat(shifts).isNotEmpty()
                    .allSatisfy(shift -> assertThat(shift.template()).isEqualTo(original.name()))
                    .allSatisfy(shift -> assertThat(shift.start().atZone(BERLIN).toLocalTime())
                            .isIn(LocalTime.of(8, 0), LocalTime.of(8, 30)));
        } finally {
            editor.replace(before);
        }
    }

    /**
     * The rules downloaded as RULES.json read back as the stored ones; uploaded with other weights and one template
     * fewer they replace the rules (the contracts keep their ids and agents); a file with a bad field is refused
     * naming the field and the value, and nothing changes.
     */
    @Test
    void theRulesAreDownloadedAndUploadedAsRulesJson() throws Exception {
        var before = editor.document();
        var downloaded = mvc.perform(get(RulesController.DOWNLOAD).with(as(Role.SUPERVISOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(RulesDocument.read("RULES.json", new ByteArrayInputStream(downloaded))).isEqualTo(before);
        var contractIds = editor.contracts().stream().map(RuleEntry::id).toList();
        try {
            var changed = new RulesDocument(before.templates().subList(0, 1), before.contracts(), new Weights(3, 2, 1));
            var out = new ByteArrayOutputStream();
            changed.write(out);
            mvc.perform(multipart(RulesController.UPLOAD)
                            .file(new MockMultipartFile("file", "RULES.json", "application/json", out.toByteArray()))
                            .with(as(Role.PLANNER)))
                    .andExpect(redirectedUrl(RulesController.RULES))
                    .andExpect(flash().attribute("notice", "schedweb.uploaded"));
            assertThat(editor.document()).isEqualTo(changed);
            assertThat(editor.contracts()).extracting(RuleEntry::id).containsExactlyElementsOf(contractIds);
            assertAudited(RuleEditor.AUDIT_RULES_REPLACED, null);

            var bad = new String(out.toByteArray(), StandardCharsets.UTF_8).replaceFirst("\"paidHour\"\\s*:\\s*1\\.0",
                    "\"paidHour\": \"cheap\"");
            var refused = mvc.perform(multipart(RulesController.UPLOAD)
                            .file(new MockMultipartFile("file", "mine.json", "application/json",
                                    bad.getBytes(StandardCharsets.UTF_8)))
                            .with(as(Role.PLANNER)).locale(Locale.ENGLISH))
                    .andExpect(redirectedUrl(RulesController.RULES))
                    .andReturn().getFlashMap().get("uploadError");
            assertThat(refused).isEqualTo("The rules were not replaced: mine.json, field weights.paidHour: value"
                    + " \"cheap\" — expected a number");
            assertThat(editor.document()).isEqualTo(changed);
        } finally {
            editor.replace(before);
        }
    }

    /**
     * A contract's night rules are stored from its form (a decimal comma accepted), shown in its form and in the list,
     * changed with an audit entry holding both values, and a rest after nights below the ordinary rest (Contract:
     * minRestAfterNightHours from minRestHours to 48) is refused next to its field with nothing stored.
     */
    @Test
    void aContractsNightRulesAreEditedRefusedNextToTheFieldAndAudited() throws Exception {
        var name = UniqueNames.of("Nights");
        var fields = contractFields(name, "20", "30");
        fields.put("maxConsecutiveNights", "2");
        fields.put("minRestAfterNightHours", "14,5");
        mvc.perform(form("/schedules/rules/contracts", fields).with(as(Role.PLANNER)))
                .andExpect(redirectedUrl(RulesController.RULES));
        var created = editor.contracts().stream()
                .filter(entry -> entry.rule().name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.rule()).isEqualTo(new Contract(name, 20, 30, 2, 4, 3, false, 11, 5, 1, 2, 14.5));
        var path = "/schedules/rules/contracts/" + created.id();
        var edit = Jsoup.parse(page(get(path).with(as(Role.PLANNER))));
        assertThat(edit.getElementById("rule-maxConsecutiveNights").val()).isEqualTo("2");
        assertThat(edit.getElementById("rule-minRestAfterNightHours").val()).isEqualTo("14.5");

        fields.put("minRestAfterNightHours", "10");
        var refused = page(form(path, fields).with(as(Role.PLANNER)).locale(Locale.ENGLISH));
        assertThat(errorUnder(refused, "minRestAfterNightHours")).isEqualTo(
                "The least rest after a night shift must be from the least rest between shifts to 48 hours: \"10\".");
        fields.put("maxConsecutiveNights", "0");
        fields.put("minRestAfterNightHours", "12");
        var chinese = page(form(path, fields).with(as(Role.PLANNER)).locale(Locale.SIMPLIFIED_CHINESE));
        assertThat(errorUnder(chinese, "maxConsecutiveNights")).isEqualTo("最多连续夜班至少为 1：“0”。");
        assertThat(editor.contract(created.id()).orElseThrow().rule()).isEqualTo(created.rule());

        fields.put("maxConsecutiveNights", "3");
        mvc.perform(form(path, fields).with(as(Role.PLANNER))).andExpect(redirectedUrl(RulesController.RULES));
        var changed = new Contract(name, 20, 30, 2, 4, 3, false, 11, 5, 1, 3, 12);
        assertThat(editor.contract(created.id()).orElseThrow().rule()).isEqualTo(changed);
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(RuleEditor.AUDIT_CONTRACT_CHANGED);
            assertThat(entry.targetId()).isEqualTo(String.valueOf(created.id()));
            assertThat(entry.details()).contains("before: " + created.rule(), "after: " + changed);
        });
        var row = Jsoup.parse(page(get(RulesController.RULES).with(as(Role.SUPERVISOR))))
                .select("table[data-contracts] tr:has(td:contains(" + name + "))");
        assertThat(row.select("[data-night=maxConsecutiveNights]").text()).isEqualTo("3");
        assertThat(row.select("[data-night=minRestAfterNightHours]").text()).isEqualTo("12.0");
        mvc.perform(post(path + "/delete").with(as(Role.PLANNER))).andExpect(redirectedUrl(RulesController.RULES));
    }

    /**
     * The soft weights are shown in the weights form, a negative one is refused next to its field (Weights: finite
     * and >= 0) with nothing stored, and a valid form stores all six weights with an audit entry.
     */
    @Test
    void theSoftWeightsAreEditedRefusedNextToTheFieldAndAudited() throws Exception {
        var before = editor.weights();
        try {
            var shown = Jsoup.parse(page(get(RulesController.RULES).with(as(Role.PLANNER))));
            assertThat(shown.getElementById("rule-weekendFairness").val())
                    .isEqualTo(RuleForm.decimal(before.weekendFairness()));

            var refused = page(weightsForm("-1").with(as(Role.PLANNER)).locale(Locale.of("ru")));
            assertThat(errorUnder(refused, "weekendFairness")).isEqualTo("Вес должен быть 0 или больше: «-1».");
            assertThat(editor.weights()).isEqualTo(before);

            mvc.perform(weightsForm("0,3").with(as(Role.PLANNER))).andExpect(redirectedUrl(RulesController.RULES));
            var changed = new Weights(10, 1, 0.5, 0.4, 0.3, 0.2);
            assertThat(editor.weights()).isEqualTo(changed);
            assertThat(auditLog.latest(20)).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo(RuleEditor.AUDIT_WEIGHTS_CHANGED);
                assertThat(entry.details()).contains("after: " + changed);
            });
        } finally {
            editor.changeWeights(before);
        }
    }

    /**
     * A run planned under stored soft weights 0.4 / 0.3 / 0.2 reports the soft penalty of those weights: on the
     * version page and in the API's version JSON it equals the evaluator's figure, which is preferenceMiss × unmet
     * wishes + weekendFairness × weekend deviation + lateShiftFairness × late-shift deviation (engine Weights). Demand
     * from 09:00 to 20:30 needs shifts of the default template (starts 07:00–12:00, 8.5 h) starting at 12:00, late
     * shifts (start ≥ 12:00) that only some agents of the contract work, so the late-shift deviation and the penalty
     * are positive.
     */
    @Test
    void aPlanningRunUsesTheStoredSoftWeightsAndReportsTheEvaluatorsSoftPenalty() throws Exception {
        var before = editor.document();
        var original = defaultTemplate(before);
        try {
            var weights = new Weights(10, 1, 0.5, 0.4, 0.3, 0.2);
            editor.replace(new RulesDocument(List.of(original), before.contracts(), weights));
            long versionId = planOneDay("soft weights", LocalDate.of(2031, 11, 10), LocalTime.of(20, 30)).id();

            var quality = planning.evaluate(versionId).quality();
            double expected = 0.4 * quality.preferences().unmet() + 0.3 * quality.fairness().weekendDeviation()
                    + 0.2 * quality.fairness().lateShiftDeviation();
            assertThat(quality.fairness().lateShiftDeviation()).isPositive();
            assertThat(quality.softPenalty()).isPositive().isCloseTo(expected, within(1e-9));

            var json = mvc.perform(get("/api/v1/schedules/versions/" + versionId).with(as(Role.PLANNER)))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            var node = JsonMapper.builder().build().readTree(json);
            assertThat(node.get("softPenalty").asDouble()).isCloseTo(expected, within(1e-9));
            assertThat(node.get("fairness").get("lateShiftDeviation").asDouble())
                    .isEqualTo(quality.fairness().lateShiftDeviation());

            var versionPage = Jsoup.parse(page(get("/schedules/versions/" + versionId).with(as(Role.PLANNER))
                    .locale(Locale.ENGLISH)));
            // shown with 2 decimals
            assertThat(Double.parseDouble(versionPage.select("[data-figure=soft-penalty]").text()))
                    .isCloseTo(expected, within(0.005));
            assertThat(Double.parseDouble(versionPage.select("[data-figure=late-deviation]").text()))
                    .isCloseTo(quality.fairness().lateShiftDeviation(), within(0.005));
        } finally {
            editor.replace(before);
        }
    }

    @Test
    void aSupervisorCannotChangeTheRules() throws Exception {
        mvc.perform(multipart(RulesController.UPLOAD)
                        .file(new MockMultipartFile("file", "RULES.json", "application/json", new byte[] {'{'}))
                        .with(as(Role.SUPERVISOR)))
                .andExpect(status().isForbidden());
        mvc.perform(post(RulesController.WEIGHTS).with(as(Role.SUPERVISOR)).param("understaffedHour", "1")
                        .param("overstaffedHour", "1").param("paidHour", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(contractForm(UniqueNames.of("Nope"), "1", "2").with(as(Role.SUPERVISOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/schedules/rules/contracts/new").with(as(Role.SUPERVISOR))).andExpect(status().isForbidden());
        var page = page(get(RulesController.RULES).with(as(Role.SUPERVISOR)).locale(Locale.ENGLISH));
        assertThat(Jsoup.parse(page).select("form[data-weights] fieldset[disabled]")).hasSize(1);
    }

    /** {@return the template V014 stores, {@code Day 8.5 h}} */
    private static ShiftTemplate defaultTemplate(RulesDocument rules) {
        return rules.templates().stream()
                .filter(template -> template.name().equals("Day 8.5 h"))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Plans a day of 15-minute intervals needing 4 service agents from 09:00 to {@code until} (0 otherwise) with a
     * 10-second limit; {@return the one version the run made}
     */
    private ScheduleVersion planOneDay(String label, LocalDate day, LocalTime until) throws InterruptedException {
        var requirement = new ArrayList<RequirementPoint>();
        for (int slot = 0; slot < 96; slot++) {
            var start = day.atStartOfDay().plusMinutes(15L * slot);
            var time = start.toLocalTime();
            requirement.add(new RequirementPoint(start.atZone(BERLIN).toInstant(), "service",
                    !time.isBefore(LocalTime.of(9, 0)) && time.isBefore(until) ? 4 : 0));
        }
        long runId = planning.start(new PlanRequest(label, Optional.empty(), day, 1, 15, 10, requirement), "planner");
        var run = planning.awaitEnd(runId);
        assertThat(planning.versions(runId)).as("%s, %s", run, planning.problems(runId)).hasSize(1);
        return planning.versions(runId).getFirst();
    }

    private Optional<RuleEntry<ShiftTemplate>> template(String name) {
        return editor.templates().stream().filter(entry -> entry.rule().name().equals(name)).findFirst();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void assertAudited(String action, @Nullable Object id) {
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.targetId()).isEqualTo(id == null ? null : String.valueOf(id));
        });
    }

    /** The reason shown under a field of a rules form. */
    private static String errorUnder(String page, String field) {
        var input = Jsoup.parse(page).getElementById("rule-" + field);
        assertThat(input).as("input %s", field).isNotNull();
        var error = input.parent().selectFirst("[data-field-error]");
        assertThat(error).as("the reason under %s", field).isNotNull();
        return error.text();
    }

    /** The weights form: 10 / 1 / 0.5 with soft weights 0.4, {@code weekendFairness} and 0.2. */
    private static MockHttpServletRequestBuilder weightsForm(String weekendFairness) {
        return form(RulesController.WEIGHTS, Map.of("understaffedHour", "10", "overstaffedHour", "1", "paidHour",
                "0.5", "preferenceMiss", "0.4", "weekendFairness", weekendFairness, "lateShiftFairness", "0.2"));
    }

    private static MockHttpServletRequestBuilder templateForm(String name, String earliest, String latest) {
        return templateForm(name, earliest, latest, "/schedules/rules/templates");
    }

    private static MockHttpServletRequestBuilder templateForm(String name, String earliest, String latest,
            String path) {
        return form(path, Map.of("name", name, "startEarliest", earliest, "startLatest", latest,
                "startStepMinutes", "30", "lengthsMinutes", "240; 300", "minGapMinutes", "0"));
    }

    private static MockHttpServletRequestBuilder contractForm(String name, String minHours, String maxHours) {
        return contractForm(name, minHours, maxHours, true, "/schedules/rules/contracts");
    }

    /** A contract form; an unticked checkbox sends nothing, as a browser does. */
    private static MockHttpServletRequestBuilder contractForm(String name, String minHours, String maxHours,
            boolean consecutive, String path) {
        var request = form(path, contractFields(name, minHours, maxHours));
        return consecutive ? request.param("consecutiveDaysOff", "true") : request;
    }

    private static Map<String, String> contractFields(String name, String minHours, String maxHours) {
        return new HashMap<>(Map.of("name", name, "minHoursPerWeek", minHours, "maxHoursPerWeek", maxHours,
                "minShiftsPerWeek", "2", "maxShiftsPerWeek", "4", "daysOffPerWeek", "3", "minRestHours", "11",
                "maxConsecutiveDays", "5", "maxNightShiftsPerWeek", "1"));
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        var request = post(path);
        fields.forEach(request::param);
        return request;
    }

    private static RequestPostProcessor as(Role role) {
        var name = role.name().toLowerCase(Locale.ROOT);
        return request -> csrf().postProcessRequest(user(name).roles(role.name()).postProcessRequest(request));
    }
}
