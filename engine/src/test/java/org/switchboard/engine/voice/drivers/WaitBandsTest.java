package org.switchboard.engine.voice.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wait-time bands: half-open intervals with stable codes. */
class WaitBandsTest {

    private final WaitBands bands = WaitBands.standard();

    @Test
    void standardBandsAreHalfOpen() {
        assertThat(bands.codes()).containsExactly("0-20s", "20-60s", "60-180s", "180-600s", "600s+");
        assertThat(bands.band(Duration.ZERO)).isEqualTo("0-20s");
        assertThat(bands.band(Duration.ofSeconds(19))).isEqualTo("0-20s");
        assertThat(bands.band(Duration.ofSeconds(20))).isEqualTo("20-60s");
        assertThat(bands.band(Duration.ofSeconds(179))).isEqualTo("60-180s");
        assertThat(bands.band(Duration.ofMinutes(10))).isEqualTo("600s+");
        assertThat(bands.band(Duration.ofHours(2))).isEqualTo("600s+");
    }

    @Test
    void rejectsLimitsOutOfOrderAndNegativeWaits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WaitBands(List.of(Duration.ofSeconds(60), Duration.ofSeconds(20))))
                .withMessage("wait band limits must be whole seconds in increasing order: limits=[PT1M, PT20S]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> bands.band(Duration.ofSeconds(-1)))
                .withMessage("a wait must not be negative: wait=PT-1S");
    }
}
