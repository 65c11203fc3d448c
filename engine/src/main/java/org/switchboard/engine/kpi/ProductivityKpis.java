package org.switchboard.engine.kpi;

import java.util.OptionalDouble;
import org.switchboard.engine.interactions.facts.AgentFact;
import org.switchboard.engine.interactions.facts.ContactFact;

/**
 * Productivity over a period (metrics.md §2), from the merged contact fact and the merged agent fact of the same
 * agents (or queue) and period.
 *
 * <p>The sources record no hold time apart from talk: talk (answer to end) includes any hold, so AHT's "hold" part is
 * inside {@link #averageTalkSeconds()}. Utilisation (logged in / paid time) and shrinkage need paid or scheduled time,
 * which interaction data does not hold: they are not computed here.
 *
 * @param handled contacts handled (answered, transferred included)
 * @param ahtSeconds AHT = (talk + hold + after-contact work) / handled (§2); talk includes hold
 * @param averageTalkSeconds talk (with hold) / handled: AHT's first part
 * @param averageWrapSeconds after-contact work / handled: AHT's second part (contacts whose source records no wrap-up
 *     add 0)
 * @param wrapRecorded handled contacts whose after-contact work is recorded
 * @param loggedInHours time logged in, hours
 * @param productiveHours time logged in and not paused, hours
 * @param occupancy occupancy = handling time / (handling time + available idle time) over the time logged in and not
 *     paused (§2); handling = on contact + wrap-up, idle = ready
 * @param handledPerProductiveHour contacts handled / productive hours (§2)
 */
public record ProductivityKpis(
        long handled,
        OptionalDouble ahtSeconds,
        OptionalDouble averageTalkSeconds,
        OptionalDouble averageWrapSeconds,
        long wrapRecorded,
        double loggedInHours,
        double productiveHours,
        OptionalDouble occupancy,
        OptionalDouble handledPerProductiveHour) {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    /**
     * {@return the productivity figures}
     *
     * @param contacts the merged contact fact
     * @param time the merged agent fact of the same agents and period
     */
    public static ProductivityKpis of(ContactFact contacts, AgentFact time) {
        long handled = contacts.handled();
        double productiveHours = time.productiveMillis() / MILLIS_PER_HOUR;
        return new ProductivityKpis(
                handled,
                Ratios.ratio(Ratios.seconds(contacts.talkMillis() + contacts.wrapMillis()), handled),
                Ratios.ratio(Ratios.seconds(contacts.talkMillis()), handled),
                Ratios.ratio(Ratios.seconds(contacts.wrapMillis()), handled),
                contacts.wrapRecorded(),
                time.loggedInMillis() / MILLIS_PER_HOUR,
                productiveHours,
                Ratios.ratio(time.handlingMillis(), time.handlingMillis() + time.readyMillis()),
                Ratios.ratio(handled, productiveHours));
    }
}
