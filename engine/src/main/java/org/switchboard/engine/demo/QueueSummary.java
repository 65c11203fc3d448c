package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * Totals of one queue over the whole generated period, with the default metric variants of metrics.md §1.
 *
 * @param queue the queue's name
 * @param serviceLevelThreshold the queue's threshold T
 * @param offered contacts offered (fresh and transferred-in)
 * @param answered contacts answered, transferred ones included
 * @param answeredWithinThreshold answered contacts that waited at most T (inclusive, as Asterisk counts)
 * @param abandoned contacts abandoned after more than the short-abandon threshold
 * @param shortAbandons contacts abandoned within the short-abandon threshold (5 s, inclusive)
 * @param transferred answered contacts transferred to another queue
 * @param totalAnsweredWait the wait of all answered contacts added up, for ASA
 */
public record QueueSummary(
        String queue,
        Duration serviceLevelThreshold,
        long offered,
        long answered,
        long answeredWithinThreshold,
        long abandoned,
        long shortAbandons,
        long transferred,
        Duration totalAnsweredWait) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative, or answered and abandoned contacts exceed the offered
     *     ones, or more were answered within the threshold or transferred than were answered
     */
    public QueueSummary {
        requireArgument(
                answeredWithinThreshold >= 0 && transferred >= 0 && abandoned >= 0 && shortAbandons >= 0,
                "counts must not be negative: queue=%s",
                queue);
        requireArgument(
                answered + abandoned + shortAbandons <= offered,
                "answered + abandoned exceed offered: queue=%s, offered=%d, answered=%d, abandoned=%d, short=%d",
                queue,
                offered,
                answered,
                abandoned,
                shortAbandons);
        requireArgument(
                answeredWithinThreshold <= answered && transferred <= answered,
                "within-threshold and transferred are parts of answered: queue=%s",
                queue);
    }

    /**
     * Service level, variant {@code ANSWERED_OF_OFFERED} (the default of metrics.md §1):
     * <pre>  SL(T) = answered within T / (offered − short abandons) </pre>
     *
     * @return the service level in [0, 1], empty when no contact counts
     */
    public OptionalDouble serviceLevel() {
        return share(answeredWithinThreshold);
    }

    /**
     * Abandonment rate (metrics.md §1):
     * <pre>  abandonment = (abandoned − short abandons) / (offered − short abandons) </pre>
     * where this record's {@code abandoned} already excludes the short abandons.
     *
     * @return the abandonment rate in [0, 1], empty when no contact counts
     */
    public OptionalDouble abandonmentRate() {
        return share(abandoned);
    }

    /**
     * Average speed of answer (metrics.md §1): total wait of answered contacts / answered.
     *
     * @return the ASA, {@link Duration#ZERO} when nothing was answered
     */
    public Duration averageSpeedOfAnswer() {
        return answered == 0 ? Duration.ZERO : totalAnsweredWait.dividedBy(answered);
    }

    private OptionalDouble share(long count) {
        long base = offered - shortAbandons;
        return base == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / base);
    }
}
