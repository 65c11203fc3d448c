package org.switchboard.server.kpi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.switchboard.engine.demo.Contact;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.DemoSpec;

/**
 * The one-week demo data set the integration tests load ({@code switchboard.demo.weeks=1}, default seed), generated
 * again here so that tests can compute figures independently of the facts: Monday 2 to Sunday 8 March 2026, Berlin.
 */
final class DemoWeek {

    /** The seed of {@code switchboard.demo.seed}. */
    static final long SEED = 20_260_302L;

    /** The centre's zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** The first day. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    /** The last day. */
    static final LocalDate SUNDAY = LocalDate.of(2026, 3, 8);

    private static final DemoDataSet DATA = DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(SEED));

    private DemoWeek() {}

    /** {@return the data set} */
    static DemoDataSet data() {
        return DATA;
    }

    /** {@return the contacts of a queue that arrived on a local day} */
    static List<Contact> contacts(String queue, LocalDate day) {
        var from = day.atStartOfDay(ZONE).toInstant();
        var to = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        return DATA.contacts().stream()
                .filter(contact -> contact.queue().equals(queue))
                .filter(contact -> !contact.arrivedAt().isBefore(from) && contact.arrivedAt().isBefore(to))
                .toList();
    }
}
