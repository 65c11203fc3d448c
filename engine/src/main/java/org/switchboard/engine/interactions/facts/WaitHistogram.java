package org.switchboard.engine.interactions.facts;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A mergeable histogram of waiting times, immutable, with the exact count, sum and maximum kept beside the buckets.
 *
 * <p><b>Rounding.</b> A wait is counted in whole seconds <em>rounded up</em>: 20.4 s counts as 21 s, so it is not
 * "within 20 s", while exactly 20.0 s is. Sources in whole seconds (Asterisk {@code queue_log}) are unaffected.
 *
 * <p><b>Buckets</b> (bucket upper bounds, inclusive): one bucket per second from 0 to 600 s; 10 s wide to 3 600 s;
 * 60 s wide to 24 h; one hour wide to 31 days; then one overflow bucket. Hence {@link #countAtMost(long)} is exact for
 * every whole T ≤ 600 s and for every T on a bucket boundary (a whole ten seconds up to an hour, a whole minute up to
 * a day, a whole hour up to 31 days): service level and short abandons for any usual threshold are exact.
 *
 * <p><b>Storage.</b> Only non-empty buckets are kept (sorted bucket indices with their counts), so a 15-minute fact of a
 * few contacts costs a few numbers; {@link #encode()} writes them as text for a database column and {@link
 * #decode(String)} reads them back.
 *
 * <p>The sum and the maximum are exact to the millisecond (not rounded), so an average speed of answer computed from
 * {@link #sumMillis()} carries no rounding bias.
 */
public final class WaitHistogram {

    /** Waits up to this many seconds have a bucket of their own (1 s wide). */
    public static final long ONE_SECOND_BUCKETS_TO = 600;

    private static final long TEN_SECOND_BUCKETS_TO = 3_600;
    private static final long MINUTE_BUCKETS_TO = 86_400;
    private static final long HOUR_BUCKETS_TO = 31 * 86_400L;
    private static final int LAST_SECOND_BUCKET = (int) ONE_SECOND_BUCKETS_TO;
    private static final int LAST_TEN_SECOND_BUCKET = LAST_SECOND_BUCKET + 300;
    private static final int LAST_MINUTE_BUCKET = LAST_TEN_SECOND_BUCKET + 1_380;
    private static final int LAST_HOUR_BUCKET = LAST_MINUTE_BUCKET + 720;
    private static final int OVERFLOW_BUCKET = LAST_HOUR_BUCKET + 1;
    private static final String OVERFLOW_LABEL = ">" + HOUR_BUCKETS_TO;

    private static final WaitHistogram EMPTY = new WaitHistogram(new int[0], new long[0], 0, 0, 0);

    private final int[] buckets;
    private final long[] counts;
    private final long count;
    private final long sumMillis;
    private final long maxMillis;

    private WaitHistogram(int[] buckets, long[] counts, long count, long sumMillis, long maxMillis) {
        this.buckets = buckets;
        this.counts = counts;
        this.count = count;
        this.sumMillis = sumMillis;
        this.maxMillis = maxMillis;
    }

    /** {@return the histogram of no waits} */
    public static WaitHistogram empty() {
        return EMPTY;
    }

    /**
     * {@return a histogram of the given waits}
     *
     * @param waits the waits, none negative
     */
    public static WaitHistogram of(Duration... waits) {
        var builder = new Builder();
        for (var wait : waits) {
            builder.add(wait.toMillis());
        }
        return builder.build();
    }

    /** {@return the number of waits} */
    public long count() {
        return count;
    }

    /** {@return the exact sum of the waits in milliseconds} */
    public long sumMillis() {
        return sumMillis;
    }

    /** {@return the exact sum of the waits in seconds (to the millisecond)} */
    public double sumSeconds() {
        return sumMillis / 1000.0;
    }

    /** {@return the longest wait, exact to the millisecond, empty when there are no waits} */
    public Optional<Duration> max() {
        return count == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(maxMillis));
    }

    /**
     * {@return the number of waits of at most {@code seconds}, each wait rounded up to the whole second} Exact when
     * {@code seconds} ≤ 600 or lies on a bucket boundary (see the class notes); otherwise the count up to the largest
     * bucket boundary below {@code seconds}, a lower bound.
     *
     * @param seconds the threshold T in whole seconds, not negative
     */
    public long countAtMost(long seconds) {
        requireArgument(seconds >= 0, "threshold must not be negative: seconds=%d", seconds);
        long within = 0;
        for (int k = 0; k < buckets.length && upperBound(buckets[k]) <= seconds; k++) {
            within += counts[k];
        }
        return within;
    }

    /**
     * {@return the q-quantile of the waits in whole seconds, empty when there are no waits}
     *
     * <p>Nearest rank on bucket upper bounds: the rank is r = max(1, ⌈q·n⌉) of n waits, and the result is the upper
     * bound of the bucket that holds the r-th smallest wait, but never more than the longest wait (rounded up). Exact
     * for waits up to 600 s, otherwise at most one bucket width too high. Monotone in q.
     *
     * @param q the quantile, 0 ≤ q ≤ 1 (0.5 for the median, 0.9 for p90)
     */
    public OptionalLong percentile(double q) {
        requireArgument(q >= 0 && q <= 1, "quantile must be within [0, 1]: q=%s", q);
        if (count == 0) {
            return OptionalLong.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = 0;
        int k = 0;
        while (seen + counts[k] < rank) {
            seen += counts[k];
            k++;
        }
        long maxSeconds = ceilSeconds(maxMillis);
        return OptionalLong.of(buckets[k] == OVERFLOW_BUCKET ? maxSeconds : Math.min(upperBound(buckets[k]), maxSeconds));
    }

    /**
     * {@return the histogram of the waits of both}
     *
     * @param other the other histogram
     */
    public WaitHistogram merge(WaitHistogram other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        var mergedBuckets = new int[buckets.length + other.buckets.length];
        var mergedCounts = new long[mergedBuckets.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < buckets.length || j < other.buckets.length) {
            int next = Math.min(
                    i < buckets.length ? buckets[i] : Integer.MAX_VALUE,
                    j < other.buckets.length ? other.buckets[j] : Integer.MAX_VALUE);
            long total = 0;
            if (i < buckets.length && buckets[i] == next) {
                total += counts[i++];
            }
            if (j < other.buckets.length && other.buckets[j] == next) {
                total += other.counts[j++];
            }
            mergedBuckets[n] = next;
            mergedCounts[n++] = total;
        }
        return new WaitHistogram(
                Arrays.copyOf(mergedBuckets, n),
                Arrays.copyOf(mergedCounts, n),
                Math.addExact(count, other.count),
                Math.addExact(sumMillis, other.sumMillis),
                Math.max(maxMillis, other.maxMillis));
    }

    /**
     * {@return the histogram as compact text} The form is {@code sum=<ms>;max=<ms>;<bound>:<count>,…}: the exact sum
     * and maximum in milliseconds, then each non-empty bucket by its upper bound in seconds ({@code >2678400} for the
     * overflow bucket) and its count, in increasing order; e.g. {@code sum=47000;max=30000;0:1,17:1,30:1}.
     */
    public String encode() {
        var text = new StringBuilder(24 + 8 * buckets.length)
                .append("sum=")
                .append(sumMillis)
                .append(";max=")
                .append(maxMillis)
                .append(';');
        for (int k = 0; k < buckets.length; k++) {
            if (k > 0) {
                text.append(',');
            }
            text.append(buckets[k] == OVERFLOW_BUCKET ? OVERFLOW_LABEL : Long.toString(upperBound(buckets[k])))
                    .append(':')
                    .append(counts[k]);
        }
        return text.toString();
    }

    /**
     * Reads a histogram written by {@link #encode()}.
     *
     * @param text the encoded histogram
     * @return the histogram
     * @throws IllegalArgumentException if the text is not of that form, names a bound that is not a bucket boundary,
     *     lists buckets out of order or twice, has a count below 1, or a maximum or sum that the buckets contradict
     */
    public static WaitHistogram decode(String text) {
        var parts = text.split(";", -1);
        requireArgument(
                parts.length == 3 && parts[0].startsWith("sum=") && parts[1].startsWith("max="),
                "wait histogram must read sum=<ms>;max=<ms>;<bound>:<count>,...: %s",
                text);
        long sum = parseCount(parts[0].substring(4), "sum", text);
        long max = parseCount(parts[1].substring(4), "max", text);
        var entries = parts[2].isEmpty() ? new String[0] : parts[2].split(",", -1);
        var buckets = new int[entries.length];
        var counts = new long[entries.length];
        long total = 0;
        for (int k = 0; k < entries.length; k++) {
            int colon = entries[k].indexOf(':');
            requireArgument(colon > 0, "wait histogram bucket must read <bound>:<count>: '%s' in %s", entries[k], text);
            var bound = entries[k].substring(0, colon);
            buckets[k] = bound.equals(OVERFLOW_LABEL) ? OVERFLOW_BUCKET : bucketOfBound(bound, text);
            counts[k] = parseCount(entries[k].substring(colon + 1), "count", text);
            requireArgument(counts[k] > 0, "wait histogram count must be positive: '%s' in %s", entries[k], text);
            requireArgument(
                    k == 0 || buckets[k] > buckets[k - 1],
                    "wait histogram buckets must be in increasing order, each once: '%s' in %s",
                    entries[k],
                    text);
            total = Math.addExact(total, counts[k]);
        }
        requireArgument(
                entries.length == 0 ? sum == 0 && max == 0 : bucketOf(ceilSeconds(max)) == buckets[entries.length - 1],
                "wait histogram maximum %d ms does not fall in its highest bucket: %s",
                max,
                text);
        requireArgument(
                Math.multiplyHigh(max, total) != 0 || max * total < 0 || sum <= max * total,
                "wait histogram sum %d ms exceeds count x maximum: %s",
                sum,
                text);
        return entries.length == 0 ? EMPTY : new WaitHistogram(buckets, counts, total, sum, max);
    }

    private static int bucketOfBound(String bound, String text) {
        long seconds = parseCount(bound, "bound", text);
        int bucket = bucketOf(seconds);
        requireArgument(
                bucket != OVERFLOW_BUCKET && upperBound(bucket) == seconds,
                "wait histogram bound is not a bucket boundary: %s in %s",
                bound,
                text);
        return bucket;
    }

    private static long parseCount(String value, String field, String text) {
        requireArgument(
                !value.isEmpty() && value.length() <= 18 && allDigits(value),
                "wait histogram %s must be a whole non-negative number: '%s' in %s",
                field,
                value,
                text);
        return Long.parseLong(value);
    }

    /** A loop rather than a stream: decoding runs for every fact a dashboard reads. */
    private static boolean allDigits(String value) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whole seconds, rounded up, of a non-negative number of milliseconds. */
    static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }

    /** The bucket of a wait in whole seconds (already rounded up). */
    static int bucketOf(long seconds) {
        if (seconds <= ONE_SECOND_BUCKETS_TO) {
            return (int) seconds;
        }
        if (seconds <= TEN_SECOND_BUCKETS_TO) {
            return LAST_SECOND_BUCKET + (int) ((seconds - ONE_SECOND_BUCKETS_TO + 9) / 10);
        }
        if (seconds <= MINUTE_BUCKETS_TO) {
            return LAST_TEN_SECOND_BUCKET + (int) ((seconds - TEN_SECOND_BUCKETS_TO + 59) / 60);
        }
        if (seconds <= HOUR_BUCKETS_TO) {
            return LAST_MINUTE_BUCKET + (int) ((seconds - MINUTE_BUCKETS_TO + 3_599) / 3_600);
        }
        return OVERFLOW_BUCKET;
    }

    /** The largest wait in whole seconds a bucket holds; {@link Long#MAX_VALUE} for the overflow bucket. */
    static long upperBound(int bucket) {
        if (bucket <= LAST_SECOND_BUCKET) {
            return bucket;
        }
        if (bucket <= LAST_TEN_SECOND_BUCKET) {
            return ONE_SECOND_BUCKETS_TO + 10L * (bucket - LAST_SECOND_BUCKET);
        }
        if (bucket <= LAST_MINUTE_BUCKET) {
            return TEN_SECOND_BUCKETS_TO + 60L * (bucket - LAST_TEN_SECOND_BUCKET);
        }
        if (bucket <= LAST_HOUR_BUCKET) {
            return MINUTE_BUCKETS_TO + 3_600L * (bucket - LAST_MINUTE_BUCKET);
        }
        return Long.MAX_VALUE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WaitHistogram that
                && count == that.count
                && sumMillis == that.sumMillis
                && maxMillis == that.maxMillis
                && Arrays.equals(buckets, that.buckets)
                && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(buckets) + Long.hashCode(sumMillis) + 17 * Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "WaitHistogram[" + encode() + "]";
    }

        /**
     * Sums many histograms in place: {@link #add} costs the added histogram's buckets only, where a chain of
     * {@link #merge} calls copies the growing sum each time. {@code result()} equals the pairwise merge of every added
     * histogram (in any order, merge being commutative and associative). Not thread-safe.
     */
    public static final class Accumulator {

        private long[] dense = new long[0];
        private long count;
        private long sumMillis;
        private long maxMillis;

        /** Creates an empty accumulator. */
        public Accumulator() {}

        /**
         * Adds a histogram's counts, sum and maximum.
         *
         * @param histogram the histogram to add
         * @return this accumulator
         */
        public Accumulator add(WaitHistogram histogram) {
            if (histogram.count == 0) {
                return this;
            }
            int highest = histogram.buckets[histogram.buckets.length - 1];
            if (highest >= dense.length) {
                dense = Arrays.copyOf(dense, highest + 1);
            }
            for (int k = 0; k < histogram.buckets.length; k++) {
                dense[histogram.buckets[k]] += histogram.counts[k];
            }
            count = Math.addExact(count, histogram.count);
            sumMillis = Math.addExact(sumMillis, histogram.sumMillis);
            maxMillis = Math.max(maxMillis, histogram.maxMillis);
            return this;
        }

        /** {@return the histogram of everything added so far} */
        public WaitHistogram result() {
            if (count == 0) {
                return EMPTY;
            }
            int n = 0;
            for (long bucketCount : dense) {
                n += bucketCount > 0 ? 1 : 0;
            }
            var buckets = new int[n];
            var counts = new long[n];
            int k = 0;
            for (int bucket = 0; bucket < dense.length; bucket++) {
                if (dense[bucket] > 0) {
                    buckets[k] = bucket;
                    counts[k++] = dense[bucket];
                }
            }
            return new WaitHistogram(buckets, counts, count, sumMillis, maxMillis);
        }
    }

/**
     * Collects waits for one histogram without allocating per wait (it appends to a growing array), for the
     * per-contact path of the fact builders. Single-threaded; {@link #build()} may be called more than once.
     */
    public static final class Builder {

        private int[] pending = new int[4];
        private int size;
        private long sumMillis;
        private long maxMillis;

        /** Creates an empty builder. */
        public Builder() {}

        /**
         * Adds one wait.
         *
         * @param waitMillis the wait in milliseconds, not negative
         * @return this builder
         */
        public Builder add(long waitMillis) {
            if (waitMillis < 0) {
                // Checked without Checks.requireArgument: its varargs would allocate on this per-contact path.
                throw new IllegalArgumentException("wait must not be negative: " + waitMillis + " ms");
            }
            if (size == pending.length) {
                pending = Arrays.copyOf(pending, size * 2);
            }
            pending[size++] = bucketOf(ceilSeconds(waitMillis));
            sumMillis = Math.addExact(sumMillis, waitMillis);
            maxMillis = Math.max(maxMillis, waitMillis);
            return this;
        }

        /** {@return the number of waits added} */
        public long count() {
            return size;
        }

        /** {@return the histogram of the waits added so far} */
        public WaitHistogram build() {
            if (size == 0) {
                return EMPTY;
            }
            var sorted = Arrays.copyOf(pending, size);
            Arrays.sort(sorted);
            var buckets = new int[size];
            var counts = new long[size];
            int n = -1;
            for (int bucket : sorted) {
                if (n < 0 || buckets[n] != bucket) {
                    buckets[++n] = bucket;
                }
                counts[n]++;
            }
            return new WaitHistogram(
                    Arrays.copyOf(buckets, n + 1), Arrays.copyOf(counts, n + 1), size, sumMillis, maxMillis);
        }
    }
}
