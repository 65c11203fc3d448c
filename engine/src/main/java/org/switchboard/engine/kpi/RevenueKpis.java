package org.switchboard.engine.kpi;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.ContactFact;

/**
 * Revenue where the centre sells (metrics.md §5), from the merged contact fact and agent fact of the same agents and
 * period.
 *
 * @param saleEligible handled contacts whose source says whether they ended with a sale
 * @param sales handled contacts that ended with a sale
 * @param revenue the value of the sales, exact
 * @param conversionRate conversion rate = contacts with a sale / sales-eligible handled contacts (§5)
 * @param revenuePerHandledContact revenue / handled contacts (§5)
 * @param revenuePerProductiveHour revenue / productive hours (logged in, not paused) (§5)
 */
public record RevenueKpis(
        long saleEligible,
        long sales,
        BigDecimal revenue,
        OptionalDouble conversionRate,
        OptionalDouble revenuePerHandledContact,
        OptionalDouble revenuePerProductiveHour) {

    /**
     * {@return the revenue figures}
     *
     * @param contacts the merged contact fact
     * @param time the merged agent fact of the same agents and period
     */
    public static RevenueKpis of(ContactFact contacts, AgentFact time) {
        double revenue = contacts.revenue().doubleValue();
        return new RevenueKpis(
                contacts.saleEligible(),
                contacts.sales(),
                contacts.revenue(),
                Ratios.ratio(contacts.sales(), contacts.saleEligible()),
                Ratios.ratio(revenue, contacts.handled()),
                Ratios.ratio(revenue, time.productiveMillis() / 3_600_000.0));
    }
}
