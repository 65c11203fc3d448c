package org.switchboard.engine.interactions.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void reportsExactlyTheRepeatsAcrossTableGrowth() {
        var seen = new SeenIds();
        // 100 000 ids grow the table from 1 024 slots through seven doublings; each id is added twice.
        for (int k = 0; k < 100_000; k++) {
            assertThat(seen.add("ID" + k)).as("first ID%d", k).isTrue();
        }
        for (int k = 0; k < 100_000; k += 7) {
            assertThat(seen.add("ID" + k)).as("repeat ID%d", k).isFalse();
        }
    }

    @Test
    void givesDistinctHashesToSimilarIds() {
        // No collision among a million near-identical ids: expected collisions 10¹²/2⁶⁵ ≈ 3·10⁻⁸.
        var hashes = new HashSet<Long>();
        for (int k = 0; k < 1_000_000; k++) {
            hashes.add(SeenIds.hash("1700000000." + k));
        }
        assertThat(hashes).hasSize(1_000_000);
    }

    @Test
    void hashesTheEmptyIdLikeAnyOther() {
        var seen = new SeenIds();
        assertThat(seen.add("")).isTrue();
        assertThat(seen.add("")).isFalse();
    }
}
