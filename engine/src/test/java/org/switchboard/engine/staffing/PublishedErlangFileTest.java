package org.switchboard.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the shared reference file {@code shared/data/reference/erlang-published.csv} (published Erlang B, C
 * and A values, each with its source and re-checked tolerance) that names a number of agents or servers, checked
 * against the engine with the file's own tolerance. The file lives outside the repository; the test looks for it
 * walking up from the working directory and is skipped, saying so, when it is absent. The same numbers are copied
 * into {@link ErlangReferenceTest}, which runs everywhere.
 */
class PublishedErlangFileTest {

    private static final String FILE = "shared/data/reference/erlang-published.csv";
    private static final Pattern AGENTS = Pattern.compile("\\bN=(\\d+)");
    private static final Pattern LOAD = Pattern.compile("\\bA=([\\d.]+)");
    private static final Pattern BLOCKING = Pattern.compile("\\bblocking=([\\d.]+)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*([\\d.eE+-]+)\\s*");
    // Cases C10-*: 100 calls per 30 min, AHT 180 s, T = 20 s; A10-*: the same with a mean patience of 5 min.
    private static final Workload TEN_ERLANGS = Workload.of(100, 30, 180);
    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);

    @TestFactory
    Stream<DynamicTest> rowsWithAgentsMatchTheEngine() throws IOException {
        var file = locate();
        Assumptions.assumeTrue(file.isPresent(), "skipped: " + FILE + " not found above " + Path.of("").toAbsolutePath());
        var tests = new ArrayList<DynamicTest>();
        try (var reader = CsvReader.builder().ofNamedCsvRecord(file.get())) {
            for (var row : reader) {
                checkOf(row).ifPresent(tests::add);
            }
        }
        // The file held 36 such rows when this test was written; fewer means the parser no longer understands it.
        assertThat(tests).as("rows checked from %s", file.get()).hasSizeGreaterThanOrEqualTo(30);
        return tests.stream();
    }

    private static Optional<DynamicTest> checkOf(NamedCsvRecord row) {
        var model = row.getField("model");
        var output = row.getField("output");
        var inputs = row.getField("inputs");
        var name = row.getField("case_id") + " " + output + " [" + row.getField("source") + "]";
        var tolerance = LEADING_NUMBER.matcher(row.getField("tolerance"));
        // lookingAt: the tolerance may be followed by an explanation
        var agents = AGENTS.matcher(inputs);
        var expectedText = row.getField("expected");
        if (!tolerance.lookingAt() || !agents.find() || !LEADING_NUMBER.matcher(expectedText).matches()) {
            return Optional.empty();
        }
        double expected = Double.parseDouble(expectedText);
        double delta = Double.parseDouble(tolerance.group(1));
        int n = Integer.parseInt(agents.group(1));
        return switch (model) {
            case "ErlangB" -> erlangB(name, inputs, output, n, expected, delta);
            case "ErlangC" -> figure(new ErlangC().evaluate(TEN_ERLANGS, n, TWENTY_SECONDS), output)
                    .map(actual -> check(name, actual, expected, delta));
            case "ErlangA" -> figure(
                            new ErlangA(Duration.ofMinutes(5)).evaluate(TEN_ERLANGS, n, TWENTY_SECONDS), output)
                    .map(actual -> check(name, actual, expected, delta));
            default -> Optional.empty();
        };
    }

    private static Optional<DynamicTest> erlangB(
            String name, String inputs, String output, int servers, double expected, double delta) {
        var load = LOAD.matcher(inputs);
        var blocking = BLOCKING.matcher(inputs);
        if (output.equals("blocking") && load.find()) {
            return Optional.of(check(name, ErlangB.blocking(servers, Double.parseDouble(load.group(1))), expected, delta));
        }
        if (output.equals("max_offered_A") && blocking.find()) {
            var actual = ErlangB.maxTraffic(servers, Double.parseDouble(blocking.group(1)));
            return Optional.of(check(name, actual, expected, delta));
        }
        return Optional.empty();
    }

    private static Optional<Double> figure(QueuePerformance performance, String output) {
        if (output.startsWith("P_wait")) {
            return Optional.of(performance.probWait());
        } else if (output.startsWith("P_abandon")) {
            return Optional.of(performance.probAbandon());
        } else if (output.startsWith("SL")) {
            return Optional.of(performance.serviceLevel());
        } else if (output.startsWith("ASA_s")) {
            return Optional.of(performance.asaSeconds());
        } else if (output.startsWith("occupancy")) {
            return Optional.of(performance.occupancy());
        } else if (output.startsWith("EW_all_arrivals_min")) {
            return Optional.of(performance.meanWaitAllSeconds() / 60);
        }
        return Optional.empty();
    }

    private static DynamicTest check(String name, double actual, double expected, double delta) {
        return DynamicTest.dynamicTest(name, () -> assertThat(actual).isCloseTo(expected, within(delta)));
    }

    private static Optional<Path> locate() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
