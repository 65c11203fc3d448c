package org.switchboard.engine.staffing;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;

/**
 * The demand offered to one queue in one interval: how many contacts arrive and how long each takes to handle.
 *
 * <p>Offered load in Erlangs (wfm.md "Staffing requirements"):
 * <pre>
 *   A = λ · AHT = contacts · AHT / interval
 * </pre>
 * λ = arrivals per second, AHT = average handle time in seconds, interval in seconds. A is the mean number of agents
 * busy if every contact were answered at once.
 *
 * @param contacts contacts offered in the interval, {@code >= 0} (a forecast may be fractional)
 * @param interval length of the interval, positive
 * @param aht average handle time (talk + hold + wrap-up), positive
 */
public record Workload(double contacts, Duration interval, Duration aht) {

    /**
     * Validates the workload.
     *
     * @throws IllegalArgumentException if contacts is negative or not finite, or interval or AHT is not positive
     */
    public Workload {
        requireArgument(
                Double.isFinite(contacts) && contacts >= 0,
                "contacts must be finite and not negative: contacts=%s",
                contacts);
        requireArgument(interval.isPositive(), "interval must be positive: interval=%s", interval);
        requireArgument(aht.isPositive(), "aht must be positive: aht=%s", aht);
    }

    /**
     * Builds a workload from the units forecasts use.
     *
     * @param contacts contacts offered in the interval, {@code >= 0}
     * @param intervalMinutes interval length in minutes, positive
     * @param ahtSeconds average handle time in seconds, positive and finite
     * @return the workload
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static Workload of(double contacts, int intervalMinutes, double ahtSeconds) {
        requireArgument(intervalMinutes > 0, "interval minutes must be positive: intervalMinutes=%d", intervalMinutes);
        requireArgument(
                Double.isFinite(ahtSeconds) && ahtSeconds > 0,
                "aht seconds must be positive and finite: ahtSeconds=%s",
                ahtSeconds);
        var ahtNanos = Math.round(ahtSeconds * 1e9);
        requireArgument(ahtNanos > 0, "aht seconds must be at least one nanosecond: ahtSeconds=%s", ahtSeconds);
        return new Workload(contacts, Duration.ofMinutes(intervalMinutes), Duration.ofNanos(ahtNanos));
    }

    /** {@return the offered load A = contacts · AHT / interval, in Erlangs} */
    public double erlangs() {
        return contacts * ahtSeconds() / intervalSeconds();
    }

    /** {@return the arrival rate λ = contacts / interval, in contacts per second} */
    public double arrivalsPerSecond() {
        return contacts / intervalSeconds();
    }

    /** {@return the average handle time in seconds} */
    public double ahtSeconds() {
        return seconds(aht);
    }

    /** {@return the interval length in seconds} */
    public double intervalSeconds() {
        return seconds(interval);
    }

    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() * 1e-9;
    }
}
