package org.switchboard.server.staffing.bulk;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What a set's page shows: the totals, the table rows (at most a limit) and the chart series, with interval starts
 * as local times of the centre's zone.
 *
 * @param rows the table rows, in interval order
 * @param truncated whether the table stops before the last interval
 * @param totalContacts contacts over all intervals and queues
 * @param peakAgents the most agents required at once, summed over queues
 * @param peakFte the most FTE required at once, summed over queues
 * @param queues whether the set has named queues
 * @param chartJson the chart series: {@code {"labels":[...],"contacts":[...],"agents":[...]}}, summed over queues
 */
record RequirementSetView(
        List<Row> rows,
        boolean truncated,
        double totalContacts,
        int peakAgents,
        double peakFte,
        boolean queues,
        String chartJson) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One table row; absent figures are {@code null} for the template. */
    record Row(
            String start,
            String queue,
            double contacts,
            double ahtSeconds,
            int agents,
            double fte,
            @Nullable Double serviceLevelPercent,
            @Nullable Double asaSeconds,
            @Nullable Double abandonPercent,
            @Nullable Double occupancyPercent) {}

    static RequirementSetView of(List<RequirementInterval> intervals, ZoneId zone, int limit) {
        var rows = intervals.stream()
                .limit(limit)
                .map(interval -> new Row(
                        local(interval.start(), zone),
                        interval.queue(),
                        interval.contacts(),
                        interval.ahtSeconds(),
                        interval.agents(),
                        interval.fte(),
                        percent(interval.serviceLevel()),
                        plain(interval.asaSeconds()),
                        percent(interval.abandonRate()),
                        percent(interval.occupancy())))
                .toList();
        var perStart = new LinkedHashMap<Instant, double[]>();
        for (var interval : intervals) {
            var sums = perStart.computeIfAbsent(interval.start(), start -> new double[3]);
            sums[0] += interval.contacts();
            sums[1] += interval.agents();
            sums[2] += interval.fte();
        }
        var json = new StringBuilder("{\"labels\":[");
        var contacts = new StringBuilder();
        var agents = new StringBuilder();
        int peakAgents = 0;
        double peakFte = 0;
        double totalContacts = 0;
        for (var entry : perStart.entrySet()) {
            var separator = contacts.isEmpty() ? "" : ",";
            json.append(separator).append('"').append(local(entry.getKey(), zone)).append('"');
            contacts.append(separator).append(round(entry.getValue()[0]));
            agents.append(separator).append((long) entry.getValue()[1]);
            totalContacts += entry.getValue()[0];
            peakAgents = Math.max(peakAgents, (int) entry.getValue()[1]);
            peakFte = Math.max(peakFte, entry.getValue()[2]);
        }
        json.append("],\"contacts\":[").append(contacts).append("],\"agents\":[").append(agents).append("]}");
        var queues = intervals.stream().anyMatch(interval -> !interval.queue().isEmpty());
        return new RequirementSetView(
                rows, intervals.size() > limit, totalContacts, peakAgents, peakFte, queues, json.toString());
    }

    private static String local(Instant start, ZoneId zone) {
        return LOCAL.format(LocalDateTime.ofInstant(start, zone));
    }

    private static String round(double value) {
        return Double.toString(Math.round(value * 100) / 100.0);
    }

    private static @Nullable Double percent(OptionalDouble share) {
        return share.isPresent() ? share.getAsDouble() * 100 : null;
    }

    private static @Nullable Double plain(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
