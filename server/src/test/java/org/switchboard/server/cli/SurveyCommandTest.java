package org.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code switchboard survey metrics|convert|sample-size} run in-process, as scripts use them: the JSON fields of the
 * command-line contract (issue 6) against R-computed and hand-computed values, the worked example of metrics.md §4,
 * the bad lines of an answers file, and exit code 2 with one line for bad arguments.
 */
class SurveyCommandTest {

    private static ReportCommandTest.Run run(String... args) {
        return ReportCommandTest.run(args);
    }

    private static JsonNode metric(JsonNode document, String name) {
        for (var metric : document.get("metrics").values()) {
            if (metric.get("name").asString().equals(name)) {
                return metric;
            }
        }
        throw new AssertionError("no metric " + name + " in " + document.get("metrics"));
    }

    @Nested
    class Metrics {

        @TempDir
        Path dir;

        /** 200 valid CSAT answers (12×1, 8×2, 20×3, 60×4, 100×5) and four bad lines after the header. */
        private Path csatFile() throws IOException {
            var lines = new ArrayList<String>();
            lines.add("id,csat,comment");
            int[] counts = {12, 8, 20, 60, 100};
            int id = 0;
            for (int answer = 1; answer <= 5; answer++) {
                for (int i = 0; i < counts[answer - 1]; i++) {
                    lines.add("r" + ++id + "," + answer + ",ok");
                }
            }
            lines.add("bad1,,no answer");         // line 202: empty
            lines.add("bad2,six,typed");          // line 203: not a number
            lines.add("bad3,7,off scale");        // line 204: outside 1-5
            lines.add("bad4");                    // line 205: no csat field
            var file = dir.resolve("answers.csv");
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        }

        @Test
        void csatAndCdsatComeWithWilsonIntervals() throws IOException {
            var run = run("survey", "metrics", "--file", csatFile().toString(), "--column", "csat", "--scale", "1-5",
                    "--json");

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            var json = run.json();
            assertThat(json.get("n").asLong()).isEqualTo(200);
            assertThat(json.get("top").asString()).isEqualTo("4..5");
            assertThat(json.get("bottom").asString()).isEqualTo("1..1");
            // R 4.2.2: prop.test(160, 200, correct = FALSE)$conf.int = 0.7391448134 0.8495479907
            var csat = metric(json, "csat");
            assertThat(csat.get("value").asDouble()).isEqualTo(0.8);
            assertThat(csat.get("lower").asDouble()).isCloseTo(0.7391448134, within(1e-9));
            assertThat(csat.get("upper").asDouble()).isCloseTo(0.8495479907, within(1e-9));
            assertThat(csat.get("n").asLong()).isEqualTo(200);
            // R 4.2.2: prop.test(12, 200, correct = FALSE)$conf.int = 0.03465219425 0.10193169296
            var cdsat = metric(json, "cdsat");
            assertThat(cdsat.get("value").asDouble()).isEqualTo(0.06);
            assertThat(cdsat.get("lower").asDouble()).isCloseTo(0.03465219425, within(1e-10));
            // R 4.2.2: t.test(rep(1:5, c(12, 8, 20, 60, 100)))$conf.int = 3.98182289061 4.29817710939
            var mean = metric(json, "mean");
            assertThat(mean.get("value").asDouble()).isCloseTo(4.14, within(1e-12));
            assertThat(mean.get("upper").asDouble()).isCloseTo(4.29817710939, within(1e-9));
        }

        @Test
        void badLinesAreListedWithLineFieldValueAndReason() throws IOException {
            var file = csatFile();
            var json = run("survey", "metrics", "--file", file.toString(), "--column", "csat", "--scale", "1-5",
                    "--json").json();

            var rejected = json.get("rejected");
            assertThat(rejected.size()).isEqualTo(4);
            assertThat(rejected.get(0).get("line").asLong()).isEqualTo(202);
            assertThat(rejected.get(0).get("field").asString()).isEqualTo("csat");
            assertThat(rejected.get(0).get("reason").asString()).isEqualTo("empty answer");
            assertThat(rejected.get(1).get("value").asString()).isEqualTo("six");
            assertThat(rejected.get(1).get("reason").asString()).isEqualTo("not a whole number");
            assertThat(rejected.get(2).get("reason").asString()).isEqualTo("answer outside the scale 1-5");
            assertThat(rejected.get(3).get("line").asLong()).isEqualTo(205);
            assertThat(rejected.get(3).get("reason").asString())
                    .isEqualTo("the line has 1 fields, the column is field 2");
            assertThat(rejected.get(3).get("file").asString()).isEqualTo(file.toString());
        }

        @Test
        void npsWithItsCompositionAndThePopulationCorrection() throws IOException {
            // 100 answers on 0-10: 30 detractors, 20 passives, 50 promoters; from 400 customers.
            // NPS = 20; 20 ± 100·1.959964·√(0.76/100·300/399); R 4.2.2: 5.18406490933 34.81593509067
            var lines = new ArrayList<String>();
            lines.add("nps");
            int[] counts = {5, 0, 0, 5, 5, 5, 10, 10, 10, 20, 30};
            for (int answer = 0; answer <= 10; answer++) {
                for (int i = 0; i < counts[answer]; i++) {
                    lines.add(Integer.toString(answer));
                }
            }
            var file = dir.resolve("nps.csv");
            Files.write(file, lines, StandardCharsets.UTF_8);

            var json = run("survey", "metrics", "--file", file.toString(), "--column", "nps", "--scale", "0-10",
                    "--metric", "nps", "--population", "400", "--json").json();

            var nps = metric(json, "nps");
            assertThat(nps.get("value").asDouble()).isCloseTo(20, within(1e-12));
            assertThat(nps.get("lower").asDouble()).isCloseTo(5.18406490933, within(1e-9));
            assertThat(nps.get("upper").asDouble()).isCloseTo(34.81593509067, within(1e-9));
            assertThat(nps.get("promoters").asDouble()).isEqualTo(0.5);
            assertThat(nps.get("passives").asDouble()).isEqualTo(0.2);
            assertThat(nps.get("detractors").asDouble()).isEqualTo(0.3);
            assertThat(json.get("metrics").size()).isEqualTo(1);
        }

        @Test
        void customBoxesAndTheNormalInterval() throws IOException {
            // Top box 5 only: 100/200 = 0.5 ± 1.959964·√(0.25/200) = 0.5 ± 0.0692951 (hand computation).
            var json = run("survey", "metrics", "--file", csatFile().toString(), "--column", "csat", "--scale", "1-5",
                    "--top", "5..", "--bottom", "..2", "--method", "normal", "--json").json();

            var csat = metric(json, "csat");
            assertThat(csat.get("box").asString()).isEqualTo("5..5");
            assertThat(csat.get("lower").asDouble()).isCloseTo(0.5 - 1.95996398454005 * Math.sqrt(0.25 / 200),
                    within(1e-12));
            assertThat(metric(json, "cdsat").get("value").asDouble()).isEqualTo(0.1);
        }

        @Test
        void overlappingBoxesEndWithExitCodeTwo() throws IOException {
            var run = run("survey", "metrics", "--file", csatFile().toString(), "--column", "csat", "--scale", "1-5",
                    "--top", "3..", "--bottom", "..3", "--json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).isEqualTo("switchboard survey metrics: --top/--bottom: the top box 3..5 and"
                    + " the bottom box 1..3 overlap on the scale 1-5: an answer cannot be both");
        }

        @Test
        void aMissingColumnOrScaleIsRejected() throws IOException {
            var file = csatFile().toString();

            var noColumn = run("survey", "metrics", "--file", file, "--column", "score", "--scale", "1-5", "--json");
            var onePointScale =
                    run("survey", "metrics", "--file", file, "--column", "csat", "--scale", "3-3", "--json");

            assertThat(noColumn.exitCode()).isEqualTo(2);
            assertThat(noColumn.err().strip()).isEqualTo(
                    "switchboard survey metrics: --column score is not in the header of " + file
                            + ": id, csat, comment");
            assertThat(onePointScale.exitCode()).isEqualTo(2);
            assertThat(onePointScale.err().strip())
                    .isEqualTo("switchboard survey metrics: a scale needs at least 2 points: min=3, max=3");
        }
    }

    @Nested
    class Convert {

        private static final String WORKED_EXAMPLE =
                "10:10.6,9:17.2,8:30.2,7:19.3,6:8.1,5:5.1,4:4.0,3:2.4,2:0.9,1:2.2";

        @Test
        void reproducesTheWorkedExampleOfSectionFour() {
            // metrics.md §4: A = 2/3, B = 1/3, threshold 5 on 1-7 maps to exactly 7 on 1-10, share of 7-10 = 77.3 %.
            var run = run("survey", "convert", "--source-scale", "1-10", "--target-scale", "1-7",
                    "--target-threshold", "5", "--distribution", WORKED_EXAMPLE, "--json");

            assertThat(run.exitCode()).isZero();
            var json = run.json();
            assertThat(json.get("a").asDouble()).isCloseTo(2.0 / 3, within(1e-15));
            assertThat(json.get("b").asDouble()).isCloseTo(1.0 / 3, within(1e-15));
            assertThat(json.get("sourceThreshold").asDouble()).isEqualTo(7.0);
            assertThat(json.get("share").asDouble()).isCloseTo(0.773, within(1e-12));
            assertThat(json.get("counting").asString()).isEqualTo("strict");
        }

        @Test
        void interpolatedCountingTakesPartOfTheBoundaryAnswer() {
            // 4 on 1-7 maps to 5.5 on 1-10: strict 6-10 = 85.4 %; interpolated + 0.5·5.1 % = 87.95 %.
            var strict = run("survey", "convert", "--source-scale", "1-10", "--target-scale", "1-7",
                    "--target-threshold", "4", "--distribution", WORKED_EXAMPLE, "--json").json();
            var interpolated = run("survey", "convert", "--source-scale", "1-10", "--target-scale", "1-7",
                    "--target-threshold", "4", "--distribution", WORKED_EXAMPLE, "--counting", "interpolated",
                    "--json").json();

            assertThat(strict.get("sourceThreshold").asDouble()).isEqualTo(5.5);
            assertThat(strict.get("share").asDouble()).isCloseTo(0.854, within(1e-12));
            assertThat(interpolated.get("share").asDouble()).isCloseTo(0.8795, within(1e-12));
        }

        @Test
        void rejectsAnAnswerOffTheSourceScale() {
            var run = run("survey", "convert", "--source-scale", "1-10", "--target-scale", "1-7",
                    "--target-threshold", "5", "--distribution", "11:5,10:95", "--json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip()).isEqualTo("switchboard survey convert: --distribution: answer 11 must be on"
                    + " the source scale 1-10 with a share >= 0: item=\"11:5\"");
        }
    }

    @Nested
    class SampleSize {

        @Test
        void fivePointsAtNinetyFivePercentNeed385() {
            // n₀ = 1.959964²·0.25/0.05² = 384.146 (384.16 with z = 1.96) -> 385; R 4.2.2: qnorm(0.975)^2*0.25/0.0025
            var json = run("survey", "sample-size", "--margin", "0.05", "--confidence", "0.95", "--json").json();

            assertThat(json.get("n").asLong()).isEqualTo(385);
            assertThat(json.get("n0").asDouble()).isCloseTo(384.1458821, within(1e-6));
            assertThat(json.get("population").isNull()).isTrue();
        }

        @Test
        void aPopulationOfAThousandNeeds278() {
            // n = 384.1459/(1 + 383.1459/1000) = 277.733 -> 278; R 4.2.2: 277.7334532
            var json = run("survey", "sample-size", "--margin", "0.05", "--population", "1000", "--p", "0.5",
                    "--json").json();

            assertThat(json.get("nCorrected").asDouble()).isCloseTo(277.7334532, within(1e-6));
            assertThat(json.get("n").asLong()).isEqualTo(278);
        }

        @Test
        void rejectsAMarginOfZero() {
            var run = run("survey", "sample-size", "--margin", "0", "--json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip())
                    .isEqualTo("switchboard survey sample-size: margin must be between 0 and 1: margin=0.0");
        }
    }
}
