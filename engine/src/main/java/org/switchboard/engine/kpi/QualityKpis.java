package org.switchboard.engine.kpi;

import java.util.OptionalDouble;
import org.switchboard.engine.interactions.facts.ContactFact;

/**
 * FCR and transfers (metrics.md §3), from a merged {@link ContactFact}. FCR is measured from the data: a contact is
 * not resolved first time when another contact of the same customer follows within the window (see
 * {@link org.switchboard.engine.interactions.facts.ContactFactBuilder}). Hold rate is not computed: the sources record
 * no hold apart from talk.
 *
 * @param fcrBase answered, not transferred contacts with a customer key
 * @param repeated contacts of the base followed by another contact of the same customer within the window
 * @param fcr FCR = contacts not followed by a repeat / contacts with a customer key = (base − repeated) / base (§3)
 * @param repeatContactRate repeat-followed contacts / contacts with a customer key = repeated / base = 1 − FCR (§3)
 * @param transferRate transfer rate = transferred / answered (§3)
 */
public record QualityKpis(
        long fcrBase, long repeated, OptionalDouble fcr, OptionalDouble repeatContactRate, OptionalDouble transferRate) {

    /**
     * {@return the quality figures of a fact}
     *
     * @param fact the merged fact
     */
    public static QualityKpis of(ContactFact fact) {
        long base = fact.firstContactBase();
        return new QualityKpis(
                base,
                fact.repeated(),
                Ratios.ratio(base - fact.repeated(), base),
                Ratios.ratio(fact.repeated(), base),
                Ratios.ratio(fact.transferred(), fact.answered()));
    }
}
