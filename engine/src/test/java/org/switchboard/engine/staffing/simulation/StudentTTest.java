package org.switchboard.engine.staffing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    // NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2 "Critical values of the Student's t distribution",
    // column 0.975 (3 decimals, so within half a unit of the last digit); ν = 1 and 2 also match the closed forms
    // t = tan(0.475π) = 12.7062 and t = √(2/(1/0.95² − 1)) = 4.3027.
    @ParameterizedTest(name = "t(0.975, {0}) = {1}")
    @CsvSource({"1, 12.706", "2, 4.303", "3, 3.182", "5, 2.571", "9, 2.262", "19, 2.093", "29, 2.045", "60, 2.000",
        "100, 1.984"})
    void quantileMatchesPublishedTable(int degreesOfFreedom, double expected) {
        assertThat(StudentT.quantile975(degreesOfFreedom)).isCloseTo(expected, within(5e-4));
    }

    @Test
    void quantileMatchesClosedFormsForOneAndTwoDegreesOfFreedom() {
        assertThat(StudentT.quantile975(1)).isCloseTo(Math.tan(0.475 * Math.PI), within(1e-9));
        assertThat(StudentT.quantile975(2)).isCloseTo(Math.sqrt(2 / (1 / (0.95 * 0.95) - 1)), within(1e-9));
    }

    @Test
    void rejectsZeroDegreesOfFreedom() {
        assertThatThrownBy(() -> StudentT.quantile975(0)).hasMessageContaining("degreesOfFreedom=0");
    }
}
