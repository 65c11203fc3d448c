package org.switchboard.server.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.scheduling.BreakRule;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.engine.scheduling.Weights;

/**
 * RULES.json, the one reader of the rules editor and the command line: written and read back unchanged with the night
 * rules and soft weights, the command line's example read with the defaults of the optional keys, errors named.
 */
class RulesDocumentTest {

    private static final RulesDocument RULES = new RulesDocument(
            List.of(new ShiftTemplate("Day 8.5 h", LocalTime.of(7, 0), LocalTime.of(12, 0), 30, List.of(510),
                            List.of(new BreakRule(15, true, 60, 360), new BreakRule(30, false, 180, 210)), 60),
                    ShiftTemplate.of("Short", LocalTime.of(16, 0), LocalTime.of(18, 30), 15, List.of(240, 300),
                            List.of())),
            List.of(new Contract("Full time", 24, 40, 0, 5, 2, false, 11, 6, 0),
                    new Contract("Part time", 12.5, 20, 2, 4, 3, true, 12, 4, 1).withNightRules(2, 13.5)),
            new Weights(10, 1, 0.5, 0.75, 0, 1.25));

    @Test
    void theRulesAreReadBackAsWritten() throws IOException {
        var out = new ByteArrayOutputStream();
        RULES.write(out);

        assertThat(read(out.toString(StandardCharsets.UTF_8))).isEqualTo(RULES);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\"intervalMinutes\"\\s*:\\s*15")
                .containsPattern("\"maxConsecutiveNights\"\\s*:\\s*2")
                .containsPattern("\"minRestAfterNightHours\"\\s*:\\s*13.5")
                .containsPattern("\"preferenceMiss\"\\s*:\\s*0.75")
                .containsPattern("\"weekendFairness\"\\s*:\\s*0.0")
                .containsPattern("\"lateShiftFairness\"\\s*:\\s*1.25");
    }

    /** The example of docs/scheduling.md: defaults of the extensions as the command line applies them. */
    @Test
    void theCommandLineExampleIsRead() throws IOException {
        var rules = read("""
                {"intervalMinutes": 15,
                 "shiftTemplates": [{"name": "day", "startEarliest": "06:00", "startLatest": "14:00",
                   "startStepMinutes": 15, "lengthMinutes": [510], "minGapMinutes": 60,
                   "breaks": [{"lengthMinutes": 15, "paid": true, "earliestAfterStartMinutes": 60,
                               "latestBeforeEndMinutes": 300}]}],
                 "contracts": [{"name": "full-time", "minHoursPerWeek": 40, "maxHoursPerWeek": 40,
                   "daysOffPerWeek": 2, "consecutiveDaysOff": true, "minRestHours": 11, "maxConsecutiveDays": 6}],
                 "weights": {"understaffedHour": 4, "overstaffedHour": 1, "paidHour": 1}}""");

        assertThat(rules.templates()).containsExactly(new ShiftTemplate("day", LocalTime.of(6, 0),
                LocalTime.of(14, 0), 15, List.of(510), List.of(new BreakRule(15, true, 60, 300)), 60));
        // maxShiftsPerWeek defaults to 7 - daysOff = 5, maxNightShiftsPerWeek to 7, maxConsecutiveNights to
        // maxConsecutiveDays 6, minRestAfterNightHours to minRestHours 11
        assertThat(rules.contracts()).containsExactly(
                new Contract("full-time", 40, 40, 0, 5, 2, true, 11, 6, 7, 6, 11));
        // the soft weights default to their shares of paidHour 1: 0.25, 0.5, 0.25
        assertThat(rules.weights()).isEqualTo(new Weights(4, 1, 1, 0.25, 0.5, 0.25));
    }

    /** The night rules and soft weights written in the file replace the defaults, each on its own. */
    @Test
    void theNightRulesAndSoftWeightsOfTheFileAreRead() throws IOException {
        var rules = read(document("\"maxConsecutiveNights\": 3, \"minRestAfterNightHours\": 14")
                .replace("\"paidHour\": 1}", "\"paidHour\": 2, \"weekendFairness\": 0}"));

        assertThat(rules.contracts()).containsExactly(new Contract("c", 10, 40, 0, 5, 2, false, 11, 6, 7, 3, 14));
        // preferenceMiss 0.25 × 2, lateShiftFairness 0.25 × 2 by default; weekendFairness 0 as written
        assertThat(rules.weights()).isEqualTo(new Weights(1, 1, 2, 0.5, 0, 0.5));
    }

    /** The command line's reading: the interval is required and read; the rules are those of {@code read}. */
    @Test
    void theCommandLineReadsTheIntervalToo() throws IOException {
        var json = document("").replace("{\"shiftTemplates\"", "{\"intervalMinutes\": 30, \"shiftTemplates\"");

        var withInterval = RulesDocument.readWithInterval("RULES.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(withInterval.intervalMinutes()).isEqualTo(30);
        assertThat(withInterval.rules()).isEqualTo(read(json));
        assertThatThrownBy(() -> RulesDocument.readWithInterval("RULES.json",
                        new ByteArrayInputStream(document("").getBytes(StandardCharsets.UTF_8))))
                .hasMessage("RULES.json, field intervalMinutes: value missing — expected a whole number");
    }

    @Test
    void aBadFieldIsNamedWithItsPathAndValue() {
        assertThatThrownBy(() -> read(document("\"minHoursPerWeek\": \"many\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RULES.json, field contracts[0].minHoursPerWeek: value \"many\" — expected a number");
        assertThatThrownBy(() -> read(document("\"minHoursPerWeek\": 30, \"maxHoursPerWeek\": 20")))
                .hasMessageStartingWith("RULES.json, contracts[0]: contract c: maxHoursPerWeek must be");
        assertThatThrownBy(() -> read("{\"shiftTemplates\": [], \"contracts\": []}"))
                .hasMessage("RULES.json, field weights: value missing — expected an object with understaffedHour,"
                        + " overstaffedHour, paidHour");
        assertThatThrownBy(() -> read(document("\"minRestAfterNightHours\": 10")))
                .hasMessageStartingWith("RULES.json, contracts[0]: contract c: minRestAfterNightHours must be from"
                        + " minRestHours to 48");
        assertThatThrownBy(() -> read(document("").replace("\"paidHour\": 1}", "\"paidHour\": 1, \"preferenceMiss\": -1}")))
                .hasMessage("RULES.json, weights: weights.preferenceMiss must be finite and >= 0: -1.0");
        assertThatThrownBy(() -> read("[1, 2"))
                .hasMessageStartingWith("RULES.json: not valid JSON");
    }

    @Test
    void twoContractsWithOneNameAreRefused() {
        var twice = "{\"shiftTemplates\": [], \"contracts\": [" + contract("") + ", " + contract("")
                + "], \"weights\": {\"understaffedHour\": 1, \"overstaffedHour\": 1, \"paidHour\": 1}}";
        assertThatThrownBy(() -> read(twice)).hasMessageContaining("contracts: the name \"c\" appears twice");
    }

    private static String document(String contractFields) {
        return "{\"shiftTemplates\": [], \"contracts\": [" + contract(contractFields)
                + "], \"weights\": {\"understaffedHour\": 1, \"overstaffedHour\": 1, \"paidHour\": 1}}";
    }

    private static String contract(String fields) {
        var defaults = "\"name\": \"c\", \"daysOffPerWeek\": 2, \"consecutiveDaysOff\": false, \"minRestHours\": 11,"
                + " \"maxConsecutiveDays\": 6";
        if (!fields.contains("minHoursPerWeek")) {
            defaults += ", \"minHoursPerWeek\": 10";
        }
        if (!fields.contains("maxHoursPerWeek")) {
            defaults += ", \"maxHoursPerWeek\": 40";
        }
        return "{" + defaults + (fields.isEmpty() ? "" : ", " + fields) + "}";
    }

    private static RulesDocument read(String json) throws IOException {
        return RulesDocument.read("RULES.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
