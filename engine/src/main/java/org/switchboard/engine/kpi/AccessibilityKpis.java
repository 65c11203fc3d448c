package org.switchboard.engine.kpi;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.switchboard.engine.interactions.facts.ContactFact;

/**
 * Accessibility of a queue (or any roll-up) over a period (metrics.md §1), computed from a merged {@link ContactFact}.
 * Waits count in whole seconds rounded up, so "within T" means a wait of at most T seconds after rounding up.
 *
 * @param offered contacts offered
 * @param answered contacts answered (transferred included)
 * @param abandoned contacts abandoned, short abandons included
 * @param shortAbandons abandons within the short-abandon threshold: abandoned waits ≤ threshold
 * @param overflowed contacts that left by the system's rule
 * @param answeredWithinThreshold answered contacts whose wait ≤ T
 * @param abandonedWithinThreshold abandoned contacts whose wait ≤ T
 * @param variant the service-level definition {@link #serviceLevel()} used
 * @param serviceLevel SL(T) by {@code variant} (see {@link ServiceLevelVariant} for the four formulas)
 * @param asaSeconds average speed of answer = total wait of answered / answered (§1), exact to the millisecond
 * @param abandonRate abandonment rate = (abandoned − short abandons) / (offered − short abandons) (§1)
 * @param averageTimeToAbandonSeconds total wait of abandoned / abandoned, short abandons included (§1)
 * @param longestWaitSeconds the longest wait of any offered contact, exact to the millisecond (§1)
 * @param waitP50Seconds median wait of all offered contacts, whole seconds (nearest rank on the histogram, §1)
 * @param waitP90Seconds 90th percentile of the wait of all offered contacts
 * @param waitP95Seconds 95th percentile of the wait of all offered contacts
 * @param answeredWithinDeadline for asynchronous channels (§1): answered within the answer deadline / offered.
 *     Backlog at the end of an interval and the age of the oldest item are not computed: a fact holds contacts that
 *     have left the queue, not the items still open
 */
public record AccessibilityKpis(
        long offered,
        long answered,
        long abandoned,
        long shortAbandons,
        long overflowed,
        long answeredWithinThreshold,
        long abandonedWithinThreshold,
        ServiceLevelVariant variant,
        OptionalDouble serviceLevel,
        OptionalDouble asaSeconds,
        OptionalDouble abandonRate,
        OptionalDouble averageTimeToAbandonSeconds,
        OptionalDouble longestWaitSeconds,
        OptionalLong waitP50Seconds,
        OptionalLong waitP90Seconds,
        OptionalLong waitP95Seconds,
        OptionalDouble answeredWithinDeadline) {

    /**
     * {@return the accessibility figures of a fact}
     *
     * @param fact the merged fact of the queue and period
     * @param settings the queue's thresholds and service-level variant
     */
    public static AccessibilityKpis of(ContactFact fact, QueueKpiSettings settings) {
        long threshold = settings.serviceLevelSeconds();
        long shortAbandons = fact.abandonedWaits().countAtMost(settings.shortAbandonSeconds());
        long answeredWithin = fact.answeredWaits().countAtMost(threshold);
        long abandonedWithin = fact.abandonedWaits().countAtMost(threshold);
        var allWaits = fact.answeredWaits().merge(fact.abandonedWaits()).merge(fact.overflowedWaits());
        return new AccessibilityKpis(
                fact.offered(),
                fact.answered(),
                fact.abandoned(),
                shortAbandons,
                fact.overflowed(),
                answeredWithin,
                abandonedWithin,
                settings.variant(),
                settings.variant()
                        .serviceLevel(fact.offered(), fact.answered(), shortAbandons, answeredWithin, abandonedWithin),
                Ratios.ratio(fact.answeredWaits().sumSeconds(), fact.answered()),
                Ratios.ratio(fact.abandoned() - shortAbandons, fact.offered() - shortAbandons),
                Ratios.ratio(fact.abandonedWaits().sumSeconds(), fact.abandoned()),
                allWaits.max()
                        .map(max -> OptionalDouble.of(max.toMillis() / 1000.0))
                        .orElse(OptionalDouble.empty()),
                allWaits.percentile(0.5),
                allWaits.percentile(0.9),
                allWaits.percentile(0.95),
                Ratios.ratio(fact.answeredWaits().countAtMost(settings.answerDeadlineSeconds()), fact.offered()));
    }

    /**
     * {@return SL(T) by any variant, for showing the variants side by side (metrics.md §1)}
     *
     * @param other the variant
     */
    public OptionalDouble serviceLevel(ServiceLevelVariant other) {
        return other.serviceLevel(offered, answered, shortAbandons, answeredWithinThreshold, abandonedWithinThreshold);
    }
}
