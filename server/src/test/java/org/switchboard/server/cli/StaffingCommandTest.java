package org.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code switchboard staffing} run in-process, as scripts use it: the JSON fields of the command-line contract
 * (issue 4), solve versus evaluate, unstable queues, and exit code 2 with a one-line message on bad input.
 */
class StaffingCommandTest {

    private static final Pattern FIELD = Pattern.compile("\"([A-Za-z]+)\": (\"[^\"]*\"|[^,}]+)");

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {

        /** {@return the fields of the one JSON object printed, as raw JSON literals} */
        Map<String, String> json() {
            assertThat(out.strip()).startsWith("{").endsWith("}").doesNotContain("\n");
            var fields = new java.util.LinkedHashMap<String, String>();
            var matcher = FIELD.matcher(out);
            while (matcher.find()) {
                fields.put(matcher.group(1), matcher.group(2).strip());
            }
            return fields;
        }

        double number(String field) {
            var value = json().get(field);
            assertThat(value).as("field %s", field).isNotNull().isNotEqualTo("null");
            return Double.parseDouble(value);
        }
    }

    static Run run(String... args) {
        var commandLine = Switchboard.commandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static final String[] REFERENCE = {
        "staffing", "--model", "erlang-c", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
        "--sl-target", "0.8", "--sl-seconds", "20", "--json"
    };

    @Nested
    class Solving {

        @Test
        void erlangCReferenceCaseNeedsFourteenAgents() {
            // 100 calls in 30 min at AHT 180 s = 10 Erlangs; 13 agents give SL(20 s) 0.79559, 14 give 0.88835
            // (Erlang C from the B recurrence, Python 3 by hand: C(14, 10) = 0.174132, SL = 1 - C·e^(-(14-10)·20/180));
            // the reference case.
            var run = run(REFERENCE);

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            var json = run.json();
            assertThat(json).containsKeys(
                    "agents", "trafficErlangs", "serviceLevel", "asa", "probWait", "probAbandon", "occupancy", "fte",
                    "blocking", "stable");
            assertThat(json.get("agents")).isEqualTo("14");
            assertThat(json.get("stable")).isEqualTo("true");
            assertThat(json.get("model")).isEqualTo("\"erlang-c\"");
            assertThat(json.get("blocking")).isEqualTo("null");
            assertThat(run.number("trafficErlangs")).isCloseTo(10.0, within(1e-12));
            assertThat(run.number("serviceLevel")).isCloseTo(0.8883500192, within(1e-6));
            assertThat(run.number("probWait")).isCloseTo(0.17413, within(1e-5));
            assertThat(run.number("occupancy")).isCloseTo(10.0 / 14, within(1e-12));
            assertThat(run.number("fte")).isCloseTo(14.0, within(1e-12));
        }

        @Test
        void fteGrowsWithShrinkage() {
            var run = run(
                    "staffing", "--model", "erlang-c", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
                    "--sl-target", "0.8", "--sl-seconds", "20", "--shrinkage", "0.3", "--json");

            assertThat(run.json().get("agents")).isEqualTo("14");
            assertThat(run.number("fte")).isCloseTo(14 / 0.7, within(1e-9));
        }

        @Test
        void erlangANeedsFewerAgentsAndReportsAbandonment() {
            var run = run(
                    "staffing", "--model", "erlang-a", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
                    "--sl-target", "0.8", "--sl-seconds", "20", "--patience", "120", "--json");

            assertThat(run.exitCode()).isZero();
            assertThat(Integer.parseInt(run.json().get("agents"))).isLessThanOrEqualTo(14);
            assertThat(run.number("serviceLevel")).isGreaterThanOrEqualTo(0.8);
            assertThat(run.number("probAbandon")).isStrictlyBetween(0.0, 1.0);
        }

        @Test
        void erlangBGivesLinesForTheBlockingTarget() {
            // 10 Erlangs at 1 % blocking: 18 lines; B(18, 10) = 0.007142, B(17, 10) = 0.012949 (B recurrence by hand).
            var run = run(
                    "staffing", "--model", "erlang-b", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
                    "--blocking-target", "0.01", "--json");

            assertThat(run.json().get("agents")).isEqualTo("18");
            assertThat(run.number("blocking")).isCloseTo(0.00714, within(5e-6));
            assertThat(run.json().get("serviceLevel")).isEqualTo("null");
        }
    }

    @Nested
    class Evaluating {

        @Test
        void givenAgentsAreEvaluatedNotSolved() {
            var run = run(
                    "staffing", "--model", "erlang-c", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
                    "--sl-seconds", "20", "--agents", "13", "--json");

            assertThat(run.json().get("agents")).isEqualTo("13");
            assertThat(run.json().get("mode")).isEqualTo("\"evaluate\"");
            // C(13, 10) = 0.285270, SL = 1 - C·e^(-3·20/180) = 0.795595 (same hand computation as above)
            assertThat(run.number("serviceLevel")).isCloseTo(0.795595, within(1e-6));
        }

        @Test
        void anUnstableQueueSaysSoAndHasNoInfiniteFigures() {
            var run = run(
                    "staffing", "--model", "erlang-c", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
                    "--agents", "10", "--json");

            assertThat(run.exitCode()).isZero();
            var json = run.json();
            assertThat(json.get("stable")).isEqualTo("false");
            assertThat(json.get("asa")).isEqualTo("null");
            assertThat(json.get("averageQueueLength")).isEqualTo("null");
            assertThat(run.out()).doesNotContain("Infinity", "NaN");
        }

        @Test
        void withoutJsonItPrintsAReadableTable() {
            var run = run(
                    "staffing", "--model", "erlang-c", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
                    "--agents", "10");

            assertThat(run.out()).contains("Agents", "10", "unstable").doesNotContain("{");
        }
    }

    @Nested
    class RejectingBadInput {

        @Test
        void ahtOfZeroExitsWithCodeTwoAndOneLine() {
            var run = run(
                    "staffing", "--model", "erlang-c", "--calls", "100", "--interval-minutes", "30", "--aht", "0",
                    "--json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).contains("AHT").doesNotContain("\n");
        }

        @Test
        void everyRuleBreakNamesItsOption() {
            assertRejected("--calls", "-1", "contacts");
            assertRejected("--sl-target", "1.5", "service-level target");
            assertRejected("--sl-target", "0", "service-level target");
            assertRejected("--sl-seconds", "-1", "threshold T");
            assertRejected("--shrinkage", "1", "shrinkage");
            assertRejected("--concurrency", "0", "concurrency");
            assertRejected("--max-abandon", "2", "abandonment");
            assertRejected("--calls", "1e12", "100000 Erlangs");
            assertRejected("--agents", "0", "agents");
        }

        @Test
        void erlangAWithoutPatienceIsRejected() {
            var run = run(
                    "staffing", "--model", "erlang-a", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
                    "--json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("patience");
        }

        @Test
        void picocliErrorsAreOneLineWithCodeTwo() {
            var missing = run("staffing", "--model", "erlang-c", "--calls", "100", "--json");
            var unknown = run("staffing", "--model", "erlang-q", "--calls", "1", "--interval-minutes", "30", "--aht", "1");
            var notANumber = run(
                    "staffing", "--model", "erlang-c", "--calls", "many", "--interval-minutes", "30", "--aht", "1");

            for (var run : new Run[] {missing, unknown, notANumber}) {
                assertThat(run.exitCode()).isEqualTo(2);
                assertThat(run.err().strip()).startsWith("switchboard staffing: ").doesNotContain("\n");
            }
            assertThat(missing.err()).contains("--interval-minutes", "--aht");
            assertThat(unknown.err()).contains("--model");
            assertThat(notANumber.err()).contains("--calls");
        }

        private void assertRejected(String option, String value, String named) {
            var args = new java.util.ArrayList<>(java.util.List.of(
                    "staffing", "--model", "erlang-c", "--calls", "100", "--interval-minutes", "30", "--aht", "180",
                    "--json"));
            int existing = args.indexOf(option);
            if (existing >= 0) {
                args.set(existing + 1, value);
            } else {
                args.add(option);
                args.add(value);
            }
            var run = run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as("%s %s", option, value).isEqualTo(2);
            assertThat(run.err()).as("%s %s", option, value).contains(named);
        }
    }
}
