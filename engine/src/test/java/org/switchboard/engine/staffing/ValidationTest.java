package org.switchboard.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Bad input fails fast with a message naming the field, the value and the rule. */
class ValidationTest {

    @Test
    void workloadComputesLoadAndRate() {
        var workload = Workload.of(100, 30, 180);
        assertThat(workload.erlangs()).isEqualTo(10);
        assertThat(workload.arrivalsPerSecond()).isEqualTo(100.0 / 1800);
    }

    @Test
    void rejectsNegativeContacts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Workload.of(-1, 15, 180))
                .withMessage("contacts must be finite and not negative: contacts=-1.0");
    }

    @Test
    void rejectsNonPositiveAht() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Workload.of(10, 15, 0))
                .withMessage("aht seconds must be positive and finite: ahtSeconds=0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Workload(10, Duration.ofMinutes(15), Duration.ZERO))
                .withMessage("aht must be positive: aht=PT0S");
    }

    @Test
    void rejectsNonPositiveInterval() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Workload.of(10, 0, 180))
                .withMessage("interval minutes must be positive: intervalMinutes=0");
    }

    @Test
    void rejectsSharesOutsideTheUnitInterval() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTargets.serviceLevel(1.2, Duration.ofSeconds(20)))
                .withMessage("service level must be in (0, 1]: serviceLevel=1.2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTargets.none(Duration.ZERO).withMaxAbandonRate(0))
                .withMessage("max abandon rate must be in (0, 1]: maxAbandonRate=0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTargets.none(Duration.ZERO).withMaxOccupancy(-0.1))
                .withMessage("max occupancy must be in (0, 1]: maxOccupancy=-0.1");
    }

    @Test
    void rejectsNegativeThresholdAndNonPositiveAsa() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTargets.none(Duration.ofSeconds(-1)))
                .withMessage("service level threshold must not be negative: serviceLevelThreshold=PT-1S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServiceTargets.none(Duration.ZERO).withMaxAsa(Duration.ZERO))
                .withMessage("max ASA must be positive: maxAsa=PT0S");
    }

    @Test
    void targetsCompose() {
        var targets = ServiceTargets.serviceLevel(0.8, Duration.ofSeconds(20))
                .withMaxAsa(Duration.ofSeconds(30))
                .withMaxAbandonRate(0.05)
                .withMaxOccupancy(0.9);
        assertThat(targets)
                .isEqualTo(new ServiceTargets(
                        OptionalDouble.of(0.8),
                        Duration.ofSeconds(20),
                        Optional.of(Duration.ofSeconds(30)),
                        OptionalDouble.of(0.05),
                        OptionalDouble.of(0.9)));
        assertThat(targets.hasAnyTarget()).isTrue();
        assertThat(ServiceTargets.none(Duration.ZERO).hasAnyTarget()).isFalse();
    }

    @Test
    void rejectsNonPositivePatience() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ErlangA(Duration.ZERO))
                .withMessage("mean patience must be positive: meanPatience=PT0S");
    }

    @Test
    void rejectsZeroAgents() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ErlangC().evaluate(Workload.of(10, 15, 180), 0, Duration.ZERO))
                .withMessage("agents must be at least 1: agents=0");
    }

    @Test
    void erlangBRejectsBlockingOutsideItsRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErlangB.requiredServers(10, 0))
                .withMessage("max blocking must be in (0, 1]: maxBlocking=0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErlangB.maxTraffic(10, 1))
                .withMessage("blocking must be in (0, 1): blocking=1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ErlangB.blocking(-1, 1))
                .withMessage("servers must not be negative: servers=-1");
    }

    @Test
    void modelsHaveTheirCommandLineNames() {
        assertThat(new ErlangC().name()).isEqualTo("erlang-c");
        assertThat(new ErlangA(Duration.ofMinutes(1)).name()).isEqualTo("erlang-a");
    }
}
