package org.switchboard.server.kpi.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.switchboard.server.kpi.dashboard.AgentDays;

/**
 * A contact of the agent page as shown: local times, durations in seconds, the customer masked for roles without the
 * need ({@link CustomerMask}).
 *
 * @param sourceId the id in the source
 * @param queue the queue
 * @param channel the channel's name
 * @param customer the customer, masked or not
 * @param arrived local arrival time
 * @param waitSeconds wait until the answer, or until leaving
 * @param talkSeconds talk time, empty when not answered
 * @param wrapSeconds after-contact work, empty when not recorded
 * @param disposition how it left the queue
 * @param reason the reason code, or empty
 * @param revenue the sale's value, or empty
 */
record ContactView(
        String sourceId,
        String queue,
        String channel,
        String customer,
        String arrived,
        long waitSeconds,
        String talkSeconds,
        String wrapSeconds,
        String disposition,
        String reason,
        String revenue) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    static ContactView of(AgentDays.AgentContact contact, KpiAccess access, ZoneId zone) {
        var customer = contact.customer()
                .map(address -> access.seesCustomerAddresses() ? address : CustomerMask.mask(address))
                .orElse("");
        var leftQueue = contact.answeredAt().orElse(contact.endedAt());
        return new ContactView(
                contact.sourceId(),
                contact.queue(),
                contact.channel(),
                customer,
                TIME.format(contact.arrivedAt().atZone(zone)),
                Duration.between(contact.arrivedAt(), leftQueue).toSeconds(),
                contact.answeredAt()
                        .map(answer -> String.valueOf(Duration.between(answer, contact.endedAt()).toSeconds()))
                        .orElse(""),
                contact.wrapEndedAt()
                        .map(end -> String.valueOf(Duration.between(contact.endedAt(), end).toSeconds()))
                        .orElse(""),
                contact.disposition(),
                contact.reasonCode().orElse(""),
                contact.revenue().map(Object::toString).orElse(""));
    }
}
