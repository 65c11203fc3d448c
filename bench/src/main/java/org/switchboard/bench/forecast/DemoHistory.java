package org.switchboard.bench.forecast;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.forecast.HistoryReader;
import org.switchboard.engine.forecast.HistoryRow;
import org.switchboard.engine.forecast.IntervalHistory;

/**
 * The 15-minute history of the demo centre's {@code service} queue: inbound contacts offered per local 15-minute
 * interval (every interval of the period listed, zeros included) with the mean handle time of the answered ones.
 */
final class DemoHistory {

    /** The queue forecast. */
    static final String QUEUE = "service";
    /** The seed the command line uses. */
    static final long SEED = 20260302L;

    private DemoHistory() {}

    /**
     * Generates the standard demo centre and takes one queue's history.
     *
     * @param weeks weeks of the standard centre from Monday 2 March 2026
     * @param intervalMinutes the interval of the history, a multiple of 15
     * @return the history
     */
    static IntervalHistory of(int weeks, int intervalMinutes) {
        var spec = DemoSpec.standard().withWeeks(weeks);
        var data = DemoCentre.generate(spec, DemoCentre.random(SEED));
        var counts = new TreeMap<LocalDateTime, double[]>();
        for (var day = spec.start(); day.isBefore(spec.end()); day = day.plusDays(1)) {
            for (int minute = 0; minute < 1440; minute += 15) {
                counts.put(day.atStartOfDay().plusMinutes(minute), new double[3]);
            }
        }
        for (var contact : data.contacts()) {
            if (!contact.queue().equals(QUEUE) || contact.direction() != Direction.INBOUND) {
                continue;
            }
            var local = LocalDateTime.ofInstant(contact.arrivedAt(), spec.zone());
            var slot = local.toLocalDate().atStartOfDay().plusMinutes(local.getHour() * 60L + local.getMinute() / 15 * 15);
            var sums = counts.get(slot);
            if (sums != null) {
                sums[0]++;
                contact.handleTime().ifPresent(handle -> {
                    sums[1] += handle.toMillis() / 1000.0;
                    sums[2]++;
                });
            }
        }
        List<HistoryRow> rows = new ArrayList<>(counts.size());
        counts.forEach((start, sums) -> rows.add(new HistoryRow(
                start, sums[0], sums[2] > 0 ? OptionalDouble.of(sums[1] / sums[2]) : OptionalDouble.empty())));
        return HistoryReader.fromRows(rows, "demo " + QUEUE, intervalMinutes)
                .history()
                .orElseThrow();
    }
}
