package org.switchboard.server.kpi.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.engine.kpi.ServiceLevelVariant;

/**
 * Everything the dashboard shows for one period and filter.
 *
 * @param filter the period and filters
 * @param empty whether the facts hold nothing for them ("no data yet")
 * @param tiles the figures by metrics.md section, in {@link Metric} order
 * @param queues each queue's accessibility against its targets
 * @param sharedVariant the service-level variant all the queues shown share, empty when they differ
 * @param series the time series
 * @param serviceLevelMap the service level per interval of the day and date or weekday
 * @param volumeMap the inbound contacts offered per interval of the day and date or weekday
 */
public record DashboardFigures(
        DashboardFilter filter,
        boolean empty,
        Map<Metric.Group, List<KpiTile>> tiles,
        List<QueueTarget> queues,
        Optional<ServiceLevelVariant> sharedVariant,
        Series series,
        HeatMap serviceLevelMap,
        HeatMap volumeMap) {

    /** Copies the collections. */
    public DashboardFigures {
        tiles = Map.copyOf(tiles);
        queues = List.copyOf(queues);
    }

    /** {@return every tile in section order} */
    public List<KpiTile> allTiles() {
        return java.util.Arrays.stream(Metric.Group.values())
                .flatMap(group -> tiles.getOrDefault(group, List.of()).stream())
                .toList();
    }
}
