package org.switchboard.engine.voice.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The logistic driver model against R's glm and textbook identities, and every status it can report. */
class LogisticDriversTest {

    private static DriverEffect effect(DriverReport report, String factor, String level) {
        return report.effects().stream()
                .filter(e -> e.factor().equals(factor) && e.level().equals(level))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void berkeleyAdmissionsMatchRGlm() {
        // Bickel, Hammel, O'Connell, Science 187 (1975) 398-404; R datasets::UCBAdmissions.
        // R 4.2.2: glm(cbind(Admitted, Rejected) ~ Gender + Dept, family = binomial); coefficients and standard errors
        // below. R stops at a relative deviance change of 1e-8, so agreement to 1e-6 is what both fits guarantee.
        var data = new DriverData(List.of("gender", "dept"));
        long[][] admittedRejected = {
            {512, 313}, {89, 19}, {353, 207}, {17, 8}, {120, 205}, {202, 391},
            {138, 279}, {131, 244}, {53, 138}, {94, 299}, {22, 351}, {24, 317}
        };
        var depts = List.of("A", "B", "C", "D", "E", "F");
        for (int i = 0; i < admittedRejected.length; i++) {
            long admitted = admittedRejected[i][0];
            data.add(List.of(i % 2 == 0 ? "Male" : "Female", depts.get(i / 2)), admitted,
                    admitted + admittedRejected[i][1]);
        }
        var settings = new DriverSettings(30, 0.95, Map.of("gender", "Male", "dept", "A"));

        var report = LogisticDrivers.fit(data, settings);

        assertThat(report.status()).isEqualTo(FitStatus.FITTED);
        assertThat(report.responses()).isEqualTo(4526);
        assertThat(report.outcomes()).isEqualTo(1755);
        assertCoefficient(effect(report, "gender", "Female"), 0.09987008816, 0.08084646652);
        assertCoefficient(effect(report, "dept", "B"), -0.04339793121, 0.10983889832);
        assertCoefficient(effect(report, "dept", "C"), -1.26259802238, 0.10663288590);
        assertCoefficient(effect(report, "dept", "D"), -1.29460646875, 0.10582342365);
        assertCoefficient(effect(report, "dept", "E"), -1.73930573782, 0.12611349598);
        assertCoefficient(effect(report, "dept", "F"), -3.30648005589, 0.16998180847);
        // R: summary(m)$coefficients["GenderFemale", 4] = 0.2167168119
        assertThat(effect(report, "gender", "Female").oddsRatio().orElseThrow().pValue())
                .isCloseTo(0.2167168119, within(1e-6));
        assertThat(effect(report, "gender", "Male").status()).isEqualTo(EffectStatus.REFERENCE);
        assertThat(report.effects()).first().extracting(DriverEffect::level).isEqualTo("Male");
    }

    private static void assertCoefficient(DriverEffect effect, double beta, double standardError) {
        var oddsRatio = effect.oddsRatio().orElseThrow();
        assertThat(effect.status()).isEqualTo(EffectStatus.ESTIMATED);
        assertThat(oddsRatio.coefficient()).as(effect.level()).isCloseTo(beta, within(1e-6));
        assertThat(oddsRatio.standardError()).as(effect.level()).isCloseTo(standardError, within(1e-6));
        assertThat(oddsRatio.estimate()).isCloseTo(Math.exp(oddsRatio.coefficient()), within(1e-12));
    }

    @Test
    void oneBinaryDriverGivesTheCrossProductRatioWithWoolfsInterval() {
        // Transferred: 40 of 100 satisfied; not transferred: 240 of 300. OR = (40·60)/(60·240) = 1/6;
        // Woolf (Agresti 2013, §3.1.1): SE(ln OR) = √(1/40 + 1/60 + 1/240 + 1/60) = √0.0625 = 0.25 exactly.
        var data = new DriverData(List.of("transferred"));
        data.add(List.of("yes"), 40, 100);
        data.add(List.of("no"), 240, 300);

        var report = LogisticDrivers.fit(data, DriverSettings.standard());

        var transferred = effect(report, "transferred", "yes");
        var oddsRatio = transferred.oddsRatio().orElseThrow();
        assertThat(transferred.referenceLevel()).isEqualTo("no");
        assertThat(oddsRatio.estimate()).isCloseTo(1.0 / 6, within(1e-10));
        assertThat(oddsRatio.standardError()).isCloseTo(0.25, within(1e-10));
        assertThat(oddsRatio.lower()).isCloseTo(Math.exp(Math.log(1.0 / 6) - 1.95996398454005 * 0.25), within(1e-10));
        assertThat(oddsRatio.upper()).isCloseTo(Math.exp(Math.log(1.0 / 6) + 1.95996398454005 * 0.25), within(1e-10));
        assertThat(transferred.share()).isEqualTo(0.4);
    }

    @Property(tries = 60)
    void aSingleDriverAlwaysReproducesTheCrossProductRatio(
            @ForAll @IntRange(min = 1, max = 99) int a,
            @ForAll @IntRange(min = 1, max = 99) int c,
            @ForAll @IntRange(min = 100, max = 400) int n) {
        // With one two-level driver the logistic MLE is the sample odds ratio (Agresti 2013, §5.1.3).
        var data = new DriverData(List.of("driver"));
        data.add(List.of("x"), a, 100);
        data.add(List.of("ref"), c, n);

        var settings = new DriverSettings(30, 0.95, Map.of("driver", "ref"));
        var oddsRatio = effect(LogisticDrivers.fit(data, settings), "driver", "x")
                .oddsRatio()
                .orElseThrow();

        double expected = (a / (100.0 - a)) / (c / ((double) n - c));
        assertThat(oddsRatio.estimate()).isCloseTo(expected, within(1e-8 * expected));
        assertThat(oddsRatio.lower()).isLessThanOrEqualTo(oddsRatio.estimate());
        assertThat(oddsRatio.upper()).isGreaterThanOrEqualTo(oddsRatio.estimate());
    }

    @Test
    void smallSeparatedAndAliasedLevelsGetAStatusInsteadOfANumber() {
        // Queue Q2 is served by agent a3 alone, so "agent a3" and "queue Q2" are the same column: aliased.
        // Agent a4 has 10 responses (< 30); agent a5 has 40 satisfied of 40 (separated).
        var data = new DriverData(List.of("queue", "agent"));
        data.add(List.of("Q1", "a1"), 160, 200);
        data.add(List.of("Q1", "a2"), 100, 150);
        data.add(List.of("Q2", "a3"), 60, 120);
        data.add(List.of("Q1", "a4"), 5, 10);
        data.add(List.of("Q1", "a5"), 40, 40);

        var report = LogisticDrivers.fit(data, DriverSettings.standard());

        assertThat(report.status()).isEqualTo(FitStatus.FITTED);
        assertThat(report.responses()).isEqualTo(470);
        assertThat(effect(report, "queue", "Q1").status()).isEqualTo(EffectStatus.REFERENCE);
        assertThat(effect(report, "queue", "Q2").status()).isEqualTo(EffectStatus.ESTIMATED);
        assertThat(effect(report, "agent", "a1").status()).isEqualTo(EffectStatus.REFERENCE);
        assertThat(effect(report, "agent", "a2").status()).isEqualTo(EffectStatus.ESTIMATED);
        assertThat(effect(report, "agent", "a3").status()).isEqualTo(EffectStatus.ALIASED);
        assertThat(effect(report, "agent", "a4").status()).isEqualTo(EffectStatus.TOO_FEW_RESPONSES);
        assertThat(effect(report, "agent", "a5").status()).isEqualTo(EffectStatus.SEPARATED);
        assertThat(effect(report, "agent", "a5").share()).isEqualTo(1.0);
        // Without a4 and a5 three cells and three coefficients remain (saturated): Q2's odds ratio is
        // odds(Q2, a3)/odds(Q1, a1) = (60/60)/(160/40) = 0.25, and a2's is (100/50)/(160/40) = 0.5.
        assertThat(effect(report, "queue", "Q2").oddsRatio().orElseThrow().estimate()).isCloseTo(0.25, within(1e-9));
        assertThat(effect(report, "agent", "a2").oddsRatio().orElseThrow().estimate()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void separationByACombinationOfLevelsIsReportedAsNotConverged() {
        // Every (a2, b1) response is satisfied and no (a1, b2) response is, while each level alone varies:
        // quasi-complete separation, the MLE does not exist (β_a2 → +∞, β_b2 → −∞; Albert and Anderson 1984).
        var data = new DriverData(List.of("a", "b"));
        data.add(List.of("a1", "b1"), 50, 100);
        data.add(List.of("a2", "b1"), 100, 100);
        data.add(List.of("a1", "b2"), 0, 100);
        data.add(List.of("a2", "b2"), 50, 100);

        var report = LogisticDrivers.fit(data, new DriverSettings(30, 0.95, Map.of("a", "a1", "b", "b1")));

        assertThat(report.status()).isEqualTo(FitStatus.NOT_CONVERGED);
        assertThat(effect(report, "a", "a2").status()).isEqualTo(EffectStatus.NOT_ESTIMATED);
        assertThat(effect(report, "a", "a2").oddsRatio()).isEmpty();
    }

    @Test
    void noVariationInTheOutcomeIsTooFewResponses() {
        var data = new DriverData(List.of("queue"));
        data.add(List.of("Q1"), 100, 100);
        data.add(List.of("Q2"), 20, 20);

        var report = LogisticDrivers.fit(data, DriverSettings.standard());

        assertThat(report.status()).isEqualTo(FitStatus.TOO_FEW_RESPONSES);
        assertThat(report.effects()).extracting(DriverEffect::status)
                .containsExactly(EffectStatus.SEPARATED, EffectStatus.TOO_FEW_RESPONSES);
    }
}
