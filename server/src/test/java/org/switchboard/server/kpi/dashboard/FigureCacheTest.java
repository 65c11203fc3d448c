package org.switchboard.server.kpi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final FigureCache<String, Integer> cache = new FigureCache<>(2);

    @Test
    void computesOnceUntilCleared() {
        assertThat(cache.get("a", key -> computed.incrementAndGet())).isEqualTo(1);
        assertThat(cache.get("a", key -> computed.incrementAndGet())).isEqualTo(1);

        cache.clear();

        assertThat(cache.get("a", key -> computed.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        cache.get("a", key -> computed.incrementAndGet());
        cache.get("b", key -> computed.incrementAndGet());
        cache.get("a", key -> computed.incrementAndGet());
        cache.get("c", key -> computed.incrementAndGet());

        assertThat(cache.get("a", key -> computed.incrementAndGet())).isEqualTo(1);
        assertThat(cache.get("b", key -> computed.incrementAndGet())).isEqualTo(4);
    }

    @Test
    void doesNotKeepFiguresComputedAcrossAClear() {
        var value = cache.get("a", key -> {
            cache.clear();
            return computed.incrementAndGet();
        });

        assertThat(value).isEqualTo(1);
        assertThat(cache.get("a", key -> computed.incrementAndGet())).isEqualTo(2);
    }
}
