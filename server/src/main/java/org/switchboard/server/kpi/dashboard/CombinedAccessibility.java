package org.switchboard.server.kpi.dashboard;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.interactions.facts.ContactFact;
import org.switchboard.engine.kpi.AccessibilityKpis;
import org.switchboard.engine.kpi.QueueKpiSettings;
import org.switchboard.engine.kpi.ServiceLevelVariant;

/**
 * Accessibility of several queues together (metrics.md §1), each queue's contacts counted with its own thresholds:
 * the counts are the sums of the queues' {@link AccessibilityKpis}, so "answered within T" uses each queue's T and
 * "short abandons" each queue's short-abandon threshold.
 *
 * <ul>
 *   <li>SL = the shared variant's formula applied to the summed counts ({@link ServiceLevelVariant#serviceLevel}); no
 *       figure when the queues use different variants, as the sum of two different definitions has no meaning.
 *   <li>Abandonment rate = (Σ abandoned − Σ short abandons) / (Σ offered − Σ short abandons), §1's formula over the
 *       sums.
 *   <li>ASA, average time to abandon, longest wait and the wait percentiles do not depend on settings: they come from
 *       the merged fact of all the queues.
 * </ul>
 *
 * For one queue every figure equals that queue's {@link AccessibilityKpis}.
 *
 * @param offered contacts offered
 * @param answered contacts answered
 * @param abandoned contacts abandoned, short abandons included
 * @param shortAbandons abandons within each queue's short-abandon threshold
 * @param overflowed contacts that left by the system's rule
 * @param answeredWithinThreshold contacts answered within their queue's T
 * @param abandonedWithinThreshold contacts abandoned within their queue's T
 * @param variant the variant all the queues share, empty when they differ (or there are none)
 * @param serviceLevel SL by the shared variant, empty when variants differ or the base is 0
 * @param abandonRate the abandonment rate, empty when the base is 0
 * @param settingFree the figures that do not depend on settings (ASA, time to abandon, longest wait, percentiles)
 */
record CombinedAccessibility(
        long offered,
        long answered,
        long abandoned,
        long shortAbandons,
        long overflowed,
        long answeredWithinThreshold,
        long abandonedWithinThreshold,
        Optional<ServiceLevelVariant> variant,
        OptionalDouble serviceLevel,
        OptionalDouble abandonRate,
        AccessibilityKpis settingFree) {

    /** Settings for the setting-free figures; any settings give the same ones. */
    private static final QueueKpiSettings ANY_SETTINGS = QueueKpiSettings.defaultsFor(Channel.VOICE);

    /**
     * {@return the combination}
     *
     * @param perQueue each queue's figures, computed with its settings
     * @param merged the fact of all the queues merged
     */
    static CombinedAccessibility of(Collection<AccessibilityKpis> perQueue, ContactFact merged) {
        long offered = 0;
        long answered = 0;
        long abandoned = 0;
        long shortAbandons = 0;
        long overflowed = 0;
        long answeredWithin = 0;
        long abandonedWithin = 0;
        for (var queue : perQueue) {
            offered += queue.offered();
            answered += queue.answered();
            abandoned += queue.abandoned();
            shortAbandons += queue.shortAbandons();
            overflowed += queue.overflowed();
            answeredWithin += queue.answeredWithinThreshold();
            abandonedWithin += queue.abandonedWithinThreshold();
        }
        var variants = perQueue.stream().map(AccessibilityKpis::variant).distinct().toList();
        var variant = variants.size() == 1 ? Optional.of(variants.getFirst()) : Optional.<ServiceLevelVariant>empty();
        var serviceLevel = variant.isPresent()
                ? variant.get().serviceLevel(offered, answered, shortAbandons, answeredWithin, abandonedWithin)
                : OptionalDouble.empty();
        long abandonBase = offered - shortAbandons;
        var abandonRate = abandonBase == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) (abandoned - shortAbandons) / abandonBase);
        return new CombinedAccessibility(offered, answered, abandoned, shortAbandons, overflowed, answeredWithin,
                abandonedWithin, variant, serviceLevel, abandonRate, AccessibilityKpis.of(merged, ANY_SETTINGS));
    }
}
