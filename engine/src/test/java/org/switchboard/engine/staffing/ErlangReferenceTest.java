package org.switchboard.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Erlang B, C and A against published values and independent high-precision computations, one row per case with its
 * source in the row.
 *
 * <p>Sources and tolerances:
 * <ul>
 *   <li>Published test suites (cran/ErlangC, rodrigo-arenas/pyworkforce, PRODYNA/exciting-algorithms) print 6–10
 *       digits: tolerance half a unit of the last printed digit, as re-checked in
 *       {@code shared/data/reference/erlang-published.csv}.
 *   <li>Printed Erlang B tables (1 decimal, some truncating rather than rounding): 0.05.
 *   <li>"mpmath": computed for this test with Python mpmath 1.3.0 at 40–60 significant digits, independently of the
 *       engine's method: Erlang B by the recurrence in exact-enough arithmetic; Erlang A from the explicit stationary
 *       distribution with SL(T) summed state by state through the regularized incomplete beta function
 *       (P(answered within T | k waiting) = α/(α+k+1)·I_{1−e^{−θT}}(k+1, α+1), α = Nμ/θ), not through the engine's
 *       shifted series. Script: {@code erlang_reference.py} next to this test in the test resources; printed to 17 digits. Tolerance 1e−12
 *       relative for B and C (the double recurrence loses about N·ε ≤ 1e−12 at N = 10 000), 1e−10 relative for A
 *       (sums of up to a few thousand terms).
 * </ul>
 */
class ErlangReferenceTest {

    @Nested
    @DisplayName("Erlang B")
    class Blocking {

        @ParameterizedTest(name = "B({0}, {1}) = {2} [{4}]")
        @CsvSource({
            "1, 1, 0.5, 1e-12, pyworkforce pyworkforce/queuing/tests/test_erlang_b.py",
            "2, 1, 0.2, 1e-12, pyworkforce pyworkforce/queuing/tests/test_erlang_b.py",
            "16, 10, 0.0223019, 5e-8, pyworkforce test_erlang_b.py::test_required_positions_known_value (re-checked)",
            "17, 10, 0.0129489, 5e-8, pyworkforce test_erlang_b.py::test_required_positions_known_value (re-checked)",
            "1000, 1000, 0.024811917646160408, 1e-12, mpmath 1.3.0 (60 digits)",
            "1050, 1000, 0.0038131359845401547, 1e-12, mpmath 1.3.0 (60 digits)",
            "5100, 5000, 0.0022435792955605247, 1e-12, mpmath 1.3.0 (60 digits)",
            "10000, 10000, 0.0079365632488056719, 1e-12, mpmath 1.3.0 (60 digits)",
            "10200, 10000, 0.00055429993149001335, 1e-12, mpmath 1.3.0 (60 digits)",
            "20, 0.01, 4.0694192796164861e-59, 1e-12, mpmath 1.3.0 (60 digits): tiny but not 0",
            "3, 0.01, 1.6500830569306707e-7, 1e-12, mpmath 1.3.0 (60 digits)",
        })
        void blockingMatchesReference(int servers, double erlangs, double expected, double tolerance, String source) {
            var actual = ErlangB.blocking(servers, erlangs);
            if (tolerance < 1e-9) {
                assertThat(actual).as(source).isCloseTo(expected, within(expected * tolerance));
            } else {
                assertThat(actual).as(source).isCloseTo(expected, within(tolerance));
            }
        }

        @ParameterizedTest(name = "N={0}, blocking={1}: A_max = {2} [{4}]")
        @CsvSource({
            "15, 0.01, 8.108, 5e-4, erlang.com calculator manual howmuchtrafficcanatrunkgrouphandle.htm",
            "15, 0.01, 8.108043, 5e-7, mpmath 1.3.0 inverse (erlang-published.csv B05)",
            "5, 0.01, 1.4, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "5, 0.02, 1.7, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "5, 0.05, 2.2, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "7, 0.001, 1.6, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "8, 0.01, 3.1, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "8, 0.02, 3.6, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "8, 0.05, 4.5, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "9, 0.0001, 1.8, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "9, 0.01, 3.8, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "9, 0.05, 5.4, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "6, 0.03, 2.5, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
            "4, 0.05, 1.5, 0.05, Carrier Grade Voice Over IP 2nd ed. Appendix A Erlang B table (globalspec.com)",
        })
        void maxTrafficMatchesPublishedTable(
                int servers, double blocking, double expected, double tolerance, String source) {
            assertThat(ErlangB.maxTraffic(servers, blocking)).as(source).isCloseTo(expected, within(tolerance));
        }

        @ParameterizedTest(name = "A={0}, max blocking={1}: N = {2} [{3}]")
        @CsvSource({
            "10, 0.02, 17, pyworkforce test_erlang_b.py::test_required_positions_known_value",
            "1000, 0.0038131359845401547, 1050, mpmath 1.3.0: B(1050; 1000) exactly at the target",
            "1000, 0.0038131, 1051, mpmath 1.3.0: just below B(1050; 1000)",
        })
        void requiredServersMatchesReference(double erlangs, double maxBlocking, int expected, String source) {
            assertThat(ErlangB.requiredServers(erlangs, maxBlocking)).as(source).isEqualTo(expected);
        }
    }

    @Nested
    @DisplayName("Erlang C")
    class WaitingQueue {

        @ParameterizedTest(name = "C({0}; 10^{1}) = {2} [{3}]")
        @CsvSource({
            "3639, 3.26, 9.10677889483665304e-308, mpmath 1.3.0: below 1/Double.MAX_VALUE, not a false 0",
            "80, 0, 5.2052391946694307e-120, mpmath 1.3.0",
            "172, 0, 1.7335297630752235e-312, mpmath 1.3.0: subnormal, 1/B overflows a double",
        })
        void tinyWaitProbabilityIsNotAFalseZero(int agents, double log10Erlangs, double expected, String source) {
            // A = 10^x in double differs from mpmath's by ~1e-16 relative; C moves N times as much, and a subnormal
            // near 1e-312 keeps ~11 digits: 1e-9 relative.
            var actual = ErlangC.waitProbability(agents, Math.pow(10, log10Erlangs));
            assertThat(actual).as(source).isCloseTo(expected, within(expected * 1e-9));
        }

        @ParameterizedTest(name = "A={1}, N={0}, AHT={2}s, T={3}s [{7}]")
        @CsvSource({
            "11, 10, 180, 20, 0.6821182047, 0.3896138117, 122.7812768, cran/ErlangC tests/testthat (printed $process)",
            "12, 10, 180, 20, 0.4493882243, 0.6401580404, 40.44494019, cran/ErlangC tests/testthat (printed $process)",
            "13, 10, 180, 20, 0.285270453, 0.7955947884, 17.11622718, cran/ErlangC tests/testthat (printed $process)",
            "14, 10, 180, 20, 0.1741319336, 0.8883500192, 7.835937012, cran/ErlangC tests/testthat (printed $process)",
            "1030, 1000, 180, 20, 0.24890878584360198, 0.99112042962974267, 1.4934527150616119, mpmath 1.3.0",
            "1050, 1000, 180, 20, 0.074401774037428377, 0.9997123686833362, 0.26784638653474216, mpmath 1.3.0",
            "5060, 5000, 240, 20, 0.2922775184423289, 0.99803064957171136, 1.1691100737693156, mpmath 1.3.0",
            "10100, 10000, 300, 15, 0.22476290646653222, 0.9984855594488681, 0.67428871939959667, mpmath 1.3.0",
            "10050, 10000, 300, 15, 0.50568909110815691, 0.95849051165226631, 3.0341345466489415, mpmath 1.3.0",
        })
        void matchesReference(
                int agents,
                double erlangs,
                double ahtSeconds,
                int thresholdSeconds,
                double probWait,
                double serviceLevel,
                double asaSeconds,
                String source) {
            // 15-minute interval: contacts = A · 900 / AHT.
            var workload = Workload.of(erlangs * 900 / ahtSeconds, 15, ahtSeconds);
            var performance = new ErlangC().evaluate(workload, agents, Duration.ofSeconds(thresholdSeconds));
            // Published 10-digit values: 5e-10 relative covers the last printed digit; mpmath: 1e-11 relative
            // (N·ε for the recurrence at N = 10 000 is 2e-12).
            double relative = source.startsWith("mpmath") ? 1e-11 : 5e-9;
            assertThat(performance.probWait()).as(source).isCloseTo(probWait, within(probWait * relative));
            assertThat(performance.serviceLevel()).as(source).isCloseTo(serviceLevel, within(relative));
            assertThat(performance.asaSeconds()).as(source).isCloseTo(asaSeconds, within(asaSeconds * relative));
            assertThat(performance.occupancy()).as(source).isCloseTo(erlangs / agents, within(1e-15));
            assertThat(performance.probAbandon()).isZero();
        }

        @ParameterizedTest(name = "{0} calls per {1} min, AHT {2}s, SL {3} in {4}s: N = {5} [{7}]")
        @CsvSource({
            "100, 30, 180, 0.8, 20, 14, 20, pyworkforce test_erlang.py; cran/ErlangC test-calculate_agents.R",
            "200, 60, 180, 0.8, 60, 13, 19, PRODYNA/exciting-algorithms tests/numberofagentsforsl_test.go",
        })
        void requiredAgentsMatchesPublished(
                double contacts,
                int intervalMinutes,
                double ahtSeconds,
                double target,
                int thresholdSeconds,
                int agents,
                int agentsAfterShrinkage,
                String source) {
            var requirement = StaffingSolver.requiredAgents(
                    new ErlangC(),
                    Workload.of(contacts, intervalMinutes, ahtSeconds),
                    ServiceTargets.serviceLevel(target, Duration.ofSeconds(thresholdSeconds)),
                    0.3);
            assertThat(requirement.agents()).as(source).isEqualTo(agents);
            assertThat((int) Math.ceil(requirement.fte())).as(source).isEqualTo(agentsAfterShrinkage);
        }

        @ParameterizedTest(name = "max occupancy {0}: N = {1} [{2}]")
        @CsvSource({
            "0.85, 14, pyworkforce test_erlang.py (C10-REQ)",
            "0.70, 15, pyworkforce test_erlang.py::test_over_occupancy_erlangc (C10-REQ2)",
        })
        void occupancyCapMatchesPublished(double maxOccupancy, int agents, String source) {
            var targets = ServiceTargets.serviceLevel(0.8, Duration.ofSeconds(20)).withMaxOccupancy(maxOccupancy);
            var requirement =
                    StaffingSolver.requiredAgents(new ErlangC(), Workload.of(100, 30, 180), targets, 0.3);
            assertThat(requirement.agents()).as(source).isEqualTo(agents);
        }
    }

    @Nested
    @DisplayName("Erlang A")
    class Abandonment {

        @ParameterizedTest(name = "A={1}, N={0}, AHT={2}s, patience={3}s, T={4}s [{11}]")
        @CsvSource({
            "13, 10, 180, 300, 20, 0.225797084, 0.02496330363, 0.8581777, 7.488991, 0.750028228, 5e-4,"
                    + " pyworkforce docs/guide/erlanga.md (3 dp)",
            "14, 10, 180, 300, 20, 0.1452601143, 0.01398374412, 0.9167920919, 4.195123237, 0.7042973256, 1e-6,"
                    + " pyworkforce tests/test_abandonment.py::test_erlanga_regression_metrics (6 dp)",
            "14, 10, 180, 300, 20, 0.1452601142963612, 0.013983744122408938, 0.91679209186354687, 4.1951232367226813,"
                    + " 0.70429732562685076, 1e-10, mpmath 1.3.0",
            "13, 10, 180, 300, 20, 0.22579708404737528, 0.024963303633571875, 0.8581777000307626, 7.4889910900715625,"
                    + " 0.75002822797417548, 1e-10, mpmath 1.3.0",
            "1, 0.01, 180, 60, 20, 0.0099255319375158539, 0.0074468062484146344, 0.99096302540279312,"
                    + " 0.44680837490487806, 0.0099255319375158539, 1e-10, mpmath 1.3.0",
            "2, 1, 300, 120, 30, 0.23919786659471726, 0.14120320010792411, 0.79278374782134482, 16.944384012950893,"
                    + " 0.42939839994603795, 1e-10, mpmath 1.3.0",
            "1020, 1000, 180, 120, 20, 0.24315199948042151, 0.0059310018619186508, 0.99406814808139485,"
                    + " 0.7117202234302381, 0.97457744915498171, 1e-10, mpmath 1.3.0",
            "990, 1000, 180, 300, 20, 0.70381899699766361, 0.016549997793395495, 0.97200369556291276,"
                    + " 4.9649993380186485, 0.99338384061273182, 1e-10, mpmath 1.3.0 (overloaded, N < A)",
            "10000, 10000, 300, 60, 15, 0.31086188796025496, 0.0055131436264570926, 0.99448685637354291,"
                    + " 0.33078861758742555, 0.99448685637354291, 1e-10, mpmath 1.3.0",
            "9900, 10000, 300, 600, 15, 0.93186965389726171, 0.010358773566760933, 0.97190418454432586,"
                    + " 6.2152641400565598, 0.99963760245781724, 1e-10, mpmath 1.3.0 (overloaded, N < A)",
            "10100, 10000, 300, 100000, 15, 0.22424447708074081, 6.6873655829399404e-6, 0.99855961191312477,"
                    + " 0.66873655829399404, 0.99009238874694758, 1e-10, mpmath 1.3.0 (near Erlang C)",
        })
        void matchesReference(
                int agents,
                double erlangs,
                double ahtSeconds,
                double patienceSeconds,
                int thresholdSeconds,
                double probWait,
                double probAbandon,
                double serviceLevel,
                double meanWaitAllSeconds,
                double occupancy,
                double tolerance,
                String source) {
            var workload = Workload.of(erlangs * 900 / ahtSeconds, 15, ahtSeconds);
            var model = new ErlangA(Duration.ofNanos(Math.round(patienceSeconds * 1e9)));
            var performance = model.evaluate(workload, agents, Duration.ofSeconds(thresholdSeconds));
            // Tolerance: half a unit of the last printed digit for the published rows; relative 1e-10 for mpmath.
            boolean relative = source.startsWith("mpmath");
            assertThat(performance.probWait()).as(source).isCloseTo(probWait, tol(probWait, tolerance, relative));
            assertThat(performance.probAbandon())
                    .as(source)
                    .isCloseTo(probAbandon, tol(probAbandon, tolerance, relative));
            assertThat(performance.serviceLevel())
                    .as(source)
                    .isCloseTo(serviceLevel, tol(serviceLevel, tolerance, relative));
            // Published mean wait is in minutes to the given decimals: scale the tolerance by 60 s.
            assertThat(performance.meanWaitAllSeconds())
                    .as(source)
                    .isCloseTo(meanWaitAllSeconds, tol(meanWaitAllSeconds, relative ? tolerance : 60 * tolerance, relative));
            assertThat(performance.occupancy()).as(source).isCloseTo(occupancy, tol(occupancy, tolerance, relative));
        }

        @ParameterizedTest(name = "ASA of the answered, N={0} [{6}]")
        @CsvSource({
            "14, 10, 180, 300, 20, 3.8784800445210219, mpmath 1.3.0",
            "13, 10, 180, 300, 20, 6.91396830606578, mpmath 1.3.0",
            "1, 0.01, 180, 60, 20, 0.11247128783434878, mpmath 1.3.0",
            "2, 1, 300, 120, 30, 8.3333168168881054, mpmath 1.3.0",
            "1020, 1000, 180, 120, 20, 0.7013927600015936, mpmath 1.3.0",
            "990, 1000, 180, 300, 20, 4.9591139965006187, mpmath 1.3.0",
            "10000, 10000, 300, 60, 15, 0.32796174514637175, mpmath 1.3.0",
            "9900, 10000, 300, 600, 15, 6.234694801684446, mpmath 1.3.0",
            "10100, 10000, 300, 100000, 15, 0.66872114563297751, mpmath 1.3.0",
        })
        void asaMatchesReference(
                int agents,
                double erlangs,
                double ahtSeconds,
                double patienceSeconds,
                int thresholdSeconds,
                double asaSeconds,
                String source) {
            var workload = Workload.of(erlangs * 900 / ahtSeconds, 15, ahtSeconds);
            var model = new ErlangA(Duration.ofNanos(Math.round(patienceSeconds * 1e9)));
            var performance = model.evaluate(workload, agents, Duration.ofSeconds(thresholdSeconds));
            // mpmath at 40 digits, engine sums in doubles: 1e-10 relative.
            assertThat(performance.asaSeconds()).as(source).isCloseTo(asaSeconds, within(asaSeconds * 1e-10));
        }

        @ParameterizedTest(name = "SL {3}, max occupancy {4}, max abandon {5}: N = {6} [{7}]")
        @CsvSource({
            "100, 30, 180, 0.8, 0.85, 0.05, 13, pyworkforce docs/guide/erlanga.md (A10-REQ; N=12 gives SL 0.7723)",
        })
        void requiredAgentsMatchesPublished(
                double contacts,
                int intervalMinutes,
                double ahtSeconds,
                double target,
                double maxOccupancy,
                double maxAbandon,
                int agents,
                String source) {
            var targets = ServiceTargets.serviceLevel(target, Duration.ofSeconds(20))
                    .withMaxOccupancy(maxOccupancy)
                    .withMaxAbandonRate(maxAbandon);
            var requirement = StaffingSolver.requiredAgents(
                    new ErlangA(Duration.ofMinutes(5)), Workload.of(contacts, intervalMinutes, ahtSeconds), targets, 0.3);
            assertThat(requirement.agents()).as(source).isEqualTo(agents);
            assertThat((int) Math.ceil(requirement.fte())).as(source).isEqualTo(19);
        }

        private static org.assertj.core.data.Offset<Double> tol(double expected, double tolerance, boolean relative) {
            return within(relative ? Math.abs(expected) * tolerance : tolerance);
        }
    }
}
