package org.switchboard.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The anonymity rule of the staff survey: no group below the minimum, and no hidden group revealed by subtraction. */
class AnonymousGroupsTest {

    @Test
    void groupsBelowTheMinimumAreHidden() {
        // C (3) and D (2) are hidden; together they hold 5, so subtracting A and B from the total reveals no one
        assertThat(AnonymousGroups.visible(Map.of("A", 7L, "B", 5L, "C", 3L, "D", 2L), 5))
                .containsExactly("A", "B");
    }

    @Test
    void aSmallHiddenRemainderHidesTheNextSmallestGroupToo() {
        // hidden C = 3 < 5: the total minus A and B would reveal C, so the smaller of A, B (B = 6) is hidden as well
        assertThat(AnonymousGroups.visible(Map.of("A", 8L, "B", 6L, "C", 3L), 5)).containsExactly("A");
        assertThat(AnonymousGroups.hidden(Map.of("A", 8L, "B", 6L, "C", 3L), 5)).containsExactly("B", "C");
    }

    @Test
    void whenEveryGroupIsTooSmallNoneIsShown() {
        assertThat(AnonymousGroups.visible(Map.of("A", 4L, "B", 1L), 5)).isEmpty();
    }

    @Test
    void aMinimumBelowTwoIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> AnonymousGroups.visible(Map.of("A", 3L), 1));
    }
}
