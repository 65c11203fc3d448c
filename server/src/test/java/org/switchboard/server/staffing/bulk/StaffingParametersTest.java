package org.switchboard.server.staffing.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.staffing.ErlangA;

class StaffingParametersTest {

    @Test
    void theStoredFormReadsBackToTheSameParameters() {
        var parameters = new StaffingParameters(QueueModelChoice.ERLANG_A, 30, OptionalDouble.of(0.8), 20,
                OptionalDouble.of(15.5), OptionalDouble.of(0.05), OptionalDouble.of(0.9), OptionalDouble.of(120), 0.3);

        var encoded = parameters.encode();

        assertThat(encoded).isEqualTo("model=erlang-a;interval-minutes=30;sl-target=0.8;sl-seconds=20;asa-target=15.5;"
                + "max-abandon=0.05;max-occupancy=0.9;patience=120;shrinkage=0.3");
        assertThat(StaffingParameters.decode(encoded)).isEqualTo(parameters);
        assertThat(parameters.queueModel()).isInstanceOf(ErlangA.class);
        assertThat(parameters.targets().maxAbandonRate()).hasValue(0.05);
    }

    @Test
    void absentTargetsAreLeftOut() {
        var parameters = new StaffingParameters(QueueModelChoice.ERLANG_C, 15, OptionalDouble.empty(), 20,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0);

        assertThat(parameters.encode()).isEqualTo("model=erlang-c;interval-minutes=15;sl-seconds=20;shrinkage=0");
        assertThat(StaffingParameters.decode(parameters.encode())).isEqualTo(parameters);
    }

    @Test
    void erlangAWithoutPatienceAndSharesOutsideTheUnitIntervalAreRefused() {
        assertThatThrownBy(() -> new StaffingParameters(QueueModelChoice.ERLANG_A, 15, OptionalDouble.of(0.8), 20,
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                        0.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patienceSeconds");
        assertThatThrownBy(() -> new StaffingParameters(QueueModelChoice.ERLANG_C, 15, OptionalDouble.of(1.2), 20,
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                        0.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceLevel=1.2");
        assertThatThrownBy(() -> new StaffingParameters(QueueModelChoice.ERLANG_C, 15, OptionalDouble.of(0.8), 20,
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                        1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shrinkage=1");
    }
}
