package org.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.schedules.RulesDocument;
import org.switchboard.server.schedules.ScheduleWorkbook;

/**
 * {@code switchboard schedule} run in-process on a week one template covers exactly: the JSON fields of the
 * command-line contract (issue 7), the .xlsx layout, and the exit codes for bad input (2) and unmeetable rules (3).
 */
class ScheduleCommandTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private static final String RULES = """
            {"intervalMinutes": 60,
             "shiftTemplates": [{"name": "office", "startEarliest": "09:00", "startLatest": "09:00",
               "startStepMinutes": 60, "lengthMinutes": [540],
               "breaks": [{"lengthMinutes": 60, "paid": false, "earliestAfterStartMinutes": 180,
                           "latestBeforeEndMinutes": 300}]}],
             "contracts": [{"name": "full-time", "minHoursPerWeek": 40, "maxHoursPerWeek": 40, "daysOffPerWeek": 2,
               "consecutiveDaysOff": true, "minRestHours": 11, "maxConsecutiveDays": 6}],
             "weights": {"understaffedHour": 10, "overstaffedHour": 2, "paidHour": 1}}
            """;

    @TempDir
    Path folder;

    /** One agent needed 09–12 and 13–18 Monday to Friday; every hour of the week has a row. */
    private Path requirements(int skipHours) throws IOException {
        var lines = new ArrayList<String>();
        lines.add("timestamp,skill,agents");
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                if (day == 2 && hour < skipHours) {
                    continue;
                }
                boolean needed = day < 5 && hour >= 9 && hour < 18 && hour != 12;
                lines.add(MONDAY.plusDays(day).atTime(hour, 0) + ",voice," + (needed ? "1" : "0"));
            }
        }
        return write("REQ.csv", String.join("\n", lines));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private StaffingCommandTest.Run schedule(Path req, String agents, String rules, String... more) throws IOException {
        var args = new ArrayList<>(List.of(
                "schedule", "--requirements", req.toString(), "--agents", write("AGENTS.csv", agents).toString(),
                "--rules", write("RULES.json", rules).toString(), "--time-limit", "20"));
        args.addAll(List.of(more));
        return StaffingCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    void aWeekOneTemplateCoversExactly() throws IOException {
        // Mon–Fri 09–18 with lunch 12–13 covers the requirement exactly: under = over = 0, paid = 5 × 8 = 40 h,
        // objective = 1 × 40 = 40; the contract's 40-hour minimum makes 40 the LP bound too, so the gap is 0.
        var xlsx = folder.resolve("SCHEDULE.xlsx");
        var run = schedule(requirements(0), "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n", RULES,
                "--out", xlsx.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.number("underStaffedHours")).isZero();
        assertThat(run.number("overStaffedHours")).isZero();
        assertThat(run.number("paidHours")).isEqualTo(40.0);
        assertThat(run.number("objective")).isEqualTo(40.0);
        assertThat(run.number("lowerBound")).isCloseTo(40.0, within(1e-4)); // LP tolerance, see ShiftSchedulerTest
        assertThat(run.number("gap")).isCloseTo(0.0, within(1e-4));
        assertThat(run.number("violations")).isZero();
        assertThat(run.json()).containsKey("seconds");

        // the planning page's layout: agents by day, then a sheet per day with the evaluated intervals
        try (var workbook = new ReadableWorkbook(xlsx.toFile())) {
            var sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).hasSize(1 + 7).startsWith(ScheduleWorkbook.SCHEDULE_SHEET, "2026-01-05")
                    .endsWith("2026-01-11");
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("2026-01-05");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("A1");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Ann");
            assertThat(rows.get(1).getCellText(3)).isEqualTo("09:00-18:00");
            assertThat(rows.get(1).getOptionalCell(3 + 5).map(Cell::getText).orElse("")).as("Saturday off").isEmpty();
            var monday = workbook.getSheets().toList().get(1).read();
            assertThat(monday.get(0).getCellText(0)).isEqualTo("interval_start");
            assertThat(monday).hasSize(1 + 24); // one skill, 24 one-hour intervals
            // 11:00 worked (required 1, scheduled 1); 12:00 is the unpaid lunch break the template places there
            var eleven = monday.get(1 + 11);
            assertThat(eleven.getCellText(1)).isEqualTo("voice");
            assertThat(eleven.getCellAsNumber(2).orElseThrow().doubleValue()).isEqualTo(1.0);
            assertThat(eleven.getCellAsNumber(3).orElseThrow().doubleValue()).isEqualTo(1.0);
            var noon = monday.get(1 + 12);
            assertThat(noon.getCellAsNumber(2).orElseThrow().doubleValue()).isZero();
            assertThat(noon.getCellAsNumber(3).orElseThrow().doubleValue()).as("on break").isZero();
        }
    }

    @Test
    void softGoalsAreWeightedByDefaultAndReported() throws IOException {
        // Ann wishes a 12:00 start (the template starts 09:00 only, 180 min away: each of the 5 shifts misses it) and
        // Saturday off (met): 6 wishes, 1 met, share 1/6. Alone in her contract, she is her own fair share:
        // deviations 0. Default preferenceMiss = 0.25 × paidHour 1: softPenalty = 5 × 0.25 = 1.25; the objective
        // stays the contract's, 40 (exact cover, 40 paid hours).
        var agents = "id,name,skills,contract,unavailable,preferredStart,preferredDaysOff\n"
                + "A1,Ann,voice,full-time,,12:00,SAT\n";
        var run = schedule(requirements(0), agents, RULES, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.number("objective")).isEqualTo(40.0);
        assertThat(run.number("softPenalty")).isEqualTo(1.25);
        assertThat(run.number("preferenceSatisfaction")).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(run.number("preferencesMet")).isEqualTo(1.0);
        assertThat(run.number("preferencesAsked")).isEqualTo(6.0);
        assertThat(run.number("weekendDeviation")).isZero();
        assertThat(run.number("lateShiftDeviation")).isZero();

        // an explicit weight replaces the default: 5 × 2 = 10
        var weighted = schedule(requirements(0), agents,
                RULES.replace("\"paidHour\": 1}", "\"paidHour\": 1, \"preferenceMiss\": 2}"), "--json");
        assertThat(weighted.number("softPenalty")).isEqualTo(10.0);
        assertThat(weighted.number("objective")).isEqualTo(40.0);
    }

    @Test
    void aNegativeSoftWeightAndAZeroNightRunAreNamed() throws IOException {
        var negative = schedule(requirements(0), "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n",
                RULES.replace("\"paidHour\": 1}", "\"paidHour\": 1, \"weekendFairness\": -1}"));
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("RULES.json, weights: weights.weekendFairness must be finite and >= 0: -1.0");

        var zeroNights = schedule(requirements(0), "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n",
                RULES.replace("\"maxConsecutiveDays\": 6}", "\"maxConsecutiveDays\": 6, \"maxConsecutiveNights\": 0}"));
        assertThat(zeroNights.exitCode()).isEqualTo(2);
        assertThat(zeroNights.err())
                .contains("RULES.json, contracts[0]: contract full-time: maxConsecutiveNights must be >= 1: 0");
    }

    @Test
    void timestampOffsetsAreMovedToThePlanningClockOfTheFirstOffset() throws IOException {
        // The week of requirements(0), written Monday–Wednesday at +03:00, Thursday in UTC (09:00+03:00 = 06:00Z, so
        // every Thursday row shows 3 hours earlier, Thursday 00–02 on Wednesday evening), Friday–Sunday without an
        // offset (read on the +03:00 clock). Moved to +03:00, it is the same week: exact cover, objective 40. Read
        // as the local times written, Thursday's demand would sit at 06–15 and the 09:00 shift would miss 3 hours.
        var lines = new ArrayList<String>();
        lines.add("timestamp,skill,agents");
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                var local = MONDAY.plusDays(day).atTime(hour, 0);
                var written = switch (day) {
                    case 0, 1, 2 -> local + "+03:00";
                    case 3 -> local.minusHours(3) + "Z";
                    default -> local.toString();
                };
                boolean needed = day < 5 && hour >= 9 && hour < 18 && hour != 12;
                lines.add(written + ",voice," + (needed ? "1" : "0"));
            }
        }
        var run = schedule(write("REQ.csv", String.join("\n", lines)),
                "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n", RULES, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.number("underStaffedHours")).isZero();
        assertThat(run.number("overStaffedHours")).isZero();
        assertThat(run.number("objective")).isEqualTo(40.0);
        assertThat(run.json().get("timestampOffset")).isEqualTo("\"+03:00\"");
    }

    @Test
    void twoOffsetsNamingOneIntervalAreRefused() throws IOException {
        var req = write("REQ.csv", "timestamp,skill,agents\n2026-01-05T09:00+03:00,voice,1\n2026-01-05T06:00Z,voice,2\n");
        var run = schedule(req, "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n", RULES);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("REQ.csv line 3, field timestamp: value '2026-01-05T06:00Z' (2026-01-05T09:00 on"
                + " the planning clock +03:00) — the same interval of skill voice as line 2");
    }

    @Test
    void everyBadRequirementLineIsNamed() throws IOException {
        var req = write("REQ.csv", "timestamp,skill,agents\n2026-01-05T09:00,voice,one\n2026-01-05 10h,voice,1\n");
        var run = schedule(req, "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n", RULES);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("REQ.csv line 2, field agents: value 'one'",
                "REQ.csv line 3, field timestamp: value '2026-01-05 10h'");
    }

    @Test
    void anUnknownContractNamesFileLineFieldAndValue() throws IOException {
        var run = schedule(requirements(0), "id,name,skills,contract,unavailable\nA1,Ann,voice,ft,\n", RULES);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("AGENTS.csv line 2, field contract: value 'ft'", "full-time");
    }

    @Test
    void aMissingWeightIsNamed() throws IOException {
        var rules = RULES.replace("\"paidHour\": 1", "\"paidHours\": 1");
        var run = schedule(requirements(0), "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n", rules);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("RULES.json, field weights.paidHour: value missing");
    }

    /** The command line reads RULES.json with the rules editor's reader: its interval is required there. */
    @Test
    void aMissingIntervalAndATwiceNamedContractAreNamed() throws IOException {
        var agents = "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n";
        var noInterval = schedule(requirements(0), agents, RULES.replace("\"intervalMinutes\": 60,", ""));
        assertThat(noInterval.exitCode()).isEqualTo(2);
        assertThat(noInterval.err())
                .contains("RULES.json, field intervalMinutes: value missing — expected a whole number");

        var contract = RULES.substring(RULES.indexOf("{\"name\": \"full-time\""), RULES.indexOf("}],\n \"weights\"") + 1);
        var twice = schedule(requirements(0), agents, RULES.replace(contract, contract + ", " + contract));
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("RULES.json, contracts: the name \"full-time\" appears twice");
    }

    /**
     * A RULES.json downloaded from the rules editor (every optional key written) plans as the hand-written one: the
     * written defaults are those the reader applies (soft weights 0.25 / 0.5 / 0.25 × paidHour 1, night rules of the
     * working days), so the week's figures are the same: objective 40 and soft penalty 0 (no wishes).
     */
    @Test
    void theRulesEditorsDownloadPlansAsTheHandWrittenFile() throws IOException {
        var agents = "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n";
        var read = RulesDocument.readWithInterval("RULES.json",
                new ByteArrayInputStream(RULES.getBytes(StandardCharsets.UTF_8)));
        var downloaded = new ByteArrayOutputStream();
        read.rules().write(downloaded);
        var written = downloaded.toString(StandardCharsets.UTF_8).replaceFirst("\"intervalMinutes\"\\s*:\\s*15", "\"intervalMinutes\": 60");

        var handWritten = schedule(requirements(0), agents, RULES, "--json");
        var fromEditor = schedule(requirements(0), agents, written, "--json");

        assertThat(written).contains("\"minRestAfterNightHours\"", "\"lateShiftFairness\"");
        assertThat(fromEditor.exitCode()).as(fromEditor.err()).isZero();
        assertThat(fromEditor.number("objective")).isEqualTo(handWritten.number("objective")).isEqualTo(40.0);
        assertThat(fromEditor.number("softPenalty")).isEqualTo(handWritten.number("softPenalty")).isZero();
    }

    @Test
    void aGapInTheRequirementIsExplainedAndNothingIsScheduled() throws IOException {
        var xlsx = folder.resolve("SCHEDULE.xlsx");
        var run = schedule(requirements(6), "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time,\n", RULES,
                "--out", xlsx.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(ScheduleCommand.INFEASIBLE);
        assertThat(run.err()).contains("REQUIREMENT_GAP", "from 2026-01-07T00:00 to 2026-01-07T06:00 (6 intervals)");
        assertThat(run.json()).containsEntry("feasible", "false");
        assertThat(xlsx).doesNotExist();
    }

    @Test
    void anAgentOnLeaveAllWeekIsExplained() throws IOException {
        var leave = String.join(";", MONDAY.datesUntil(MONDAY.plusDays(7)).map(LocalDate::toString).toList());
        var run = schedule(requirements(0), "id,name,skills,contract,unavailable\nA1,Ann,voice,full-time," + leave + "\n",
                RULES);
        assertThat(run.exitCode()).isEqualTo(ScheduleCommand.INFEASIBLE);
        assertThat(run.err()).contains("AGENT_UNAVAILABLE_ALL_PERIOD", "agent A1 is on leave");
    }
}
