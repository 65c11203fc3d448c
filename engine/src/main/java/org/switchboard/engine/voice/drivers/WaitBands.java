package org.switchboard.engine.voice.drivers;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Wait-time bands for the driver analysis: a wait is a categorical driver, so that its effect need not be linear
 * (the first 20 s rarely matter, minutes do). The bands are [0, l₁), [l₁, l₂), …, [l_k, ∞) for increasing limits;
 * each has a stable code such as {@code "0-20s"}, {@code "20-60s"} or {@code "600s+"} for the server to translate.
 *
 * @param limits the upper limits of all bands but the last, increasing, positive, whole seconds
 */
public record WaitBands(List<Duration> limits) {

    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if there is no limit, or the limits are not positive whole seconds in
     *     increasing order
     */
    public WaitBands {
        requireArgument(!limits.isEmpty(), "wait bands need at least one limit");
        limits = List.copyOf(limits);
        var previous = Duration.ZERO;
        for (var limit : limits) {
            requireArgument(
                    limit.compareTo(previous) > 0 && limit.getNano() == 0,
                    "wait band limits must be whole seconds in increasing order: limits=%s",
                    limits);
            previous = limit;
        }
    }

    /** {@return the standard bands: 0–20 s, 20–60 s, 1–3 min, 3–10 min, over 10 min} */
    public static WaitBands standard() {
        return new WaitBands(List.of(
                Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofMinutes(3), Duration.ofMinutes(10)));
    }

    /**
     * {@return the code of the band a wait falls in, e.g. {@code "20-60s"}}
     *
     * @param wait the wait, not negative
     * @throws IllegalArgumentException if the wait is negative
     */
    public String band(Duration wait) {
        requireArgument(!wait.isNegative(), "a wait must not be negative: wait=%s", wait);
        for (int band = 0; band < limits.size(); band++) {
            if (wait.compareTo(limits.get(band)) < 0) {
                return codes().get(band);
            }
        }
        return codes().getLast();
    }

    /** {@return the codes of all bands, shortest waits first} */
    public List<String> codes() {
        var codes = new ArrayList<String>(limits.size() + 1);
        long from = 0;
        for (var limit : limits) {
            codes.add(from + "-" + limit.toSeconds() + "s");
            from = limit.toSeconds();
        }
        codes.add(from + "s+");
        return List.copyOf(codes);
    }
}
