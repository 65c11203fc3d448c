package org.switchboard.engine.interactions.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wait histogram: rounding, bucket boundaries, exact sums, nearest-rank percentiles, merge and the text form. */
class WaitHistogramTest {

    private static WaitHistogram ofMillis(long... waits) {
        var builder = new WaitHistogram.Builder();
        for (long wait : waits) {
            builder.add(wait);
        }
        return builder.build();
    }

    @Test
    void roundsEachWaitUpToTheWholeSecond() {
        // 20.4 s rounds up to 21 s: not within 20 s; 20.0 s is; 0.001 s rounds up to 1 s.
        var waits = ofMillis(20_400, 20_000, 1);
        assertThat(waits.countAtMost(20)).isEqualTo(2);
        assertThat(waits.countAtMost(21)).isEqualTo(3);
        assertThat(waits.countAtMost(0)).isZero();
        assertThat(waits.count()).isEqualTo(3);
    }

    @Test
    void keepsTheExactSumAndMaximum() {
        // 20 400 + 20 000 + 1 = 40 401 ms; the max is 20.4 s, not its bucket bound 21 s.
        var waits = ofMillis(20_400, 20_000, 1);
        assertThat(waits.sumMillis()).isEqualTo(40_401);
        assertThat(waits.sumSeconds()).isEqualTo(40.401);
        assertThat(waits.max()).contains(Duration.ofMillis(20_400));
        assertThat(WaitHistogram.empty().max()).isEmpty();
    }

    @Test
    void bucketBoundariesFollowTheDocumentedWidths() {
        // 1 s to 600 s, then 10 s to 3600 s, 60 s to 86 400 s, 1 h to 31 days (2 678 400 s), then overflow.
        assertThat(WaitHistogram.upperBound(WaitHistogram.bucketOf(600))).isEqualTo(600);
        assertThat(WaitHistogram.upperBound(WaitHistogram.bucketOf(601))).isEqualTo(610);
        assertThat(WaitHistogram.upperBound(WaitHistogram.bucketOf(3_600))).isEqualTo(3_600);
        assertThat(WaitHistogram.upperBound(WaitHistogram.bucketOf(3_601))).isEqualTo(3_660);
        assertThat(WaitHistogram.upperBound(WaitHistogram.bucketOf(86_400))).isEqualTo(86_400);
        assertThat(WaitHistogram.upperBound(WaitHistogram.bucketOf(86_401))).isEqualTo(90_000);
        assertThat(WaitHistogram.upperBound(WaitHistogram.bucketOf(2_678_400))).isEqualTo(2_678_400);
        assertThat(WaitHistogram.upperBound(WaitHistogram.bucketOf(2_678_401))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void countAtMostIsExactOnBoundariesAndALowerBoundBetween() {
        // waits 605 s and 615 s: buckets (600, 610] and (610, 620].
        var waits = ofMillis(605_000, 615_000);
        assertThat(waits.countAtMost(610)).isEqualTo(1);
        assertThat(waits.countAtMost(620)).isEqualTo(2);
        // 612 is no boundary: counts up to 610, a lower bound of the true count 1.
        assertThat(waits.countAtMost(612)).isEqualTo(1);
        assertThat(waits.countAtMost(608)).isZero();
    }

    @Test
    void percentileIsTheNearestRankBucketBoundNeverAboveTheMaximum() {
        // Waits 1..10 s: nearest rank r = ceil(q*10): p50 -> 5th = 5, p90 -> 9th = 9, p95 -> ceil(9.5) = 10th = 10.
        var waits = ofMillis(1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000);
        assertThat(waits.percentile(0.5)).hasValue(5);
        assertThat(waits.percentile(0.9)).hasValue(9);
        assertThat(waits.percentile(0.95)).hasValue(10);
        assertThat(waits.percentile(0)).hasValue(1);
        // One wait of 605 s sits in (600, 610]; the bound 610 is capped at the max rounded up, 605.
        assertThat(ofMillis(605_000).percentile(0.5)).hasValue(605);
        // Two waits 601 s and 605 s, same bucket: the median (rank 1) is reported as the bucket's bound capped at 605.
        assertThat(ofMillis(601_000, 605_000).percentile(0.5)).hasValue(605);
        assertThat(WaitHistogram.empty().percentile(0.5)).isEmpty();
        assertThat(ofMillis(40L * 86_400_000).percentile(1)).hasValue(40L * 86_400);
    }

    @Test
    void mergeAddsCountsSumsAndKeepsTheLargerMaximum() {
        var merged = ofMillis(3_000, 700_000).merge(ofMillis(3_000, 2_000));
        assertThat(merged).isEqualTo(ofMillis(3_000, 700_000, 3_000, 2_000));
        assertThat(merged.count()).isEqualTo(4);
        assertThat(merged.sumMillis()).isEqualTo(708_000);
        assertThat(merged.countAtMost(3)).isEqualTo(3);
        assertThat(merged.max()).contains(Duration.ofSeconds(700));
    }

    @Test
    void encodesAsSparseBucketBoundsWithSumAndMaximum() {
        // 0 s, 17 s, 30 s, 30 s and 650 s: sum 727 000 ms, max 650 000 ms; 650 s is in (640, 650].
        var waits = WaitHistogram.of(
                Duration.ZERO,
                Duration.ofSeconds(17),
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                Duration.ofSeconds(650));
        assertThat(waits.encode()).isEqualTo("sum=727000;max=650000;0:1,17:1,30:2,650:1");
        assertThat(WaitHistogram.decode(waits.encode())).isEqualTo(waits);
        assertThat(WaitHistogram.empty().encode()).isEqualTo("sum=0;max=0;");
        assertThat(WaitHistogram.decode("sum=0;max=0;")).isEqualTo(WaitHistogram.empty());
        var overflow = ofMillis(3_000_000_000L);
        assertThat(overflow.encode()).isEqualTo("sum=3000000000;max=3000000000;>2678400:1");
        assertThat(WaitHistogram.decode(overflow.encode())).isEqualTo(overflow);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "sum=1;max=1",
                "max=1;sum=1;1:1",
                "sum=x;max=1;1:1",
                "sum=1000;max=1000;1",
                "sum=1000;max=1000;1:0",
                "sum=1000;max=1000;1:-1",
                "sum=1000;max=1000;605:1",
                "sum=2000;max=1000;1:1,1:1",
                "sum=3000;max=2000;2:1,1:1",
                "sum=1000;max=9000;1:1",
                "sum=5000;max=1000;1:1",
                "sum=0;max=0;1:1 "
            })
    void decodeRejectsMalformedText(String text) {
        assertThatThrownBy(() -> WaitHistogram.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wait histogram");
    }

    @Test
    void rejectsNegativeWaitsThresholdsAndQuantiles() {
        assertThatThrownBy(() -> new WaitHistogram.Builder().add(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> WaitHistogram.empty().countAtMost(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> WaitHistogram.empty().percentile(1.5)).hasMessageContaining("[0, 1]");
    }

    @Property(tries = 200)
    void encodeThenDecodeGivesTheSameHistogram(
            @ForAll @Size(max = 40) List<@LongRange(min = 0, max = 4_000_000_000L) Long> waits) {
        var histogram = ofMillis(waits.stream().mapToLong(Long::longValue).toArray());
        assertThat(WaitHistogram.decode(histogram.encode())).isEqualTo(histogram);
    }

    @Property(tries = 200)
    void mergeOfTwoPartsEqualsTheHistogramOfAll(
            @ForAll @Size(max = 30) List<@LongRange(min = 0, max = 100_000_000L) Long> first,
            @ForAll @Size(max = 30) List<@LongRange(min = 0, max = 100_000_000L) Long> second) {
        var a = ofMillis(first.stream().mapToLong(Long::longValue).toArray());
        var b = ofMillis(second.stream().mapToLong(Long::longValue).toArray());
        var all = ofMillis(java.util.stream.Stream.concat(first.stream(), second.stream())
                .mapToLong(Long::longValue)
                .toArray());
        assertThat(a.merge(b)).isEqualTo(all).isEqualTo(b.merge(a));
    }

    @Property(tries = 200)
    void countAtMostIsExactUpTo600SecondsAndNonDecreasingInT(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 900_000L) Long> waits,
            @ForAll @LongRange(min = 0, max = 600) long t) {
        var histogram = ofMillis(waits.stream().mapToLong(Long::longValue).toArray());
        long exact = waits.stream().filter(w -> (w + 999) / 1000 <= t).count();
        assertThat(histogram.countAtMost(t)).isEqualTo(exact);
        assertThat(histogram.countAtMost(t + 1)).isGreaterThanOrEqualTo(histogram.countAtMost(t));
    }

    @Property(tries = 200)
    void percentilesAreMonotoneInQAndWithinTheRange(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 10_000_000L) Long> waits,
            @ForAll @DoubleRange(min = 0, max = 1) double q1,
            @ForAll @DoubleRange(min = 0, max = 1) double q2) {
        var histogram = ofMillis(waits.stream().mapToLong(Long::longValue).toArray());
        long low = histogram.percentile(Math.min(q1, q2)).orElseThrow();
        long high = histogram.percentile(Math.max(q1, q2)).orElseThrow();
        long maxSeconds = (waits.stream().mapToLong(Long::longValue).max().orElseThrow() + 999) / 1000;
        assertThat(low).isLessThanOrEqualTo(high);
        assertThat(high).isLessThanOrEqualTo(maxSeconds);
    }
}
