package org.switchboard.server.forecast.accuracy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.switchboard.engine.forecast.accuracy.AccuracyLevel;
import org.switchboard.engine.forecast.accuracy.AccuracyPoint;
import org.switchboard.engine.forecast.accuracy.ForecastAccuracy;
import org.switchboard.server.forecast.versions.ForecastVersion;
import org.switchboard.server.forecast.versions.ForecastVersionStore;
import org.switchboard.server.kpi.QueueHistory;

/**
 * Builds accuracy reports: a stored version's planned volumes (with manual adjustments) against the contacts offered
 * in the same intervals, read from the interval facts. The measures are the engine's ({@link ForecastAccuracy},
 * metrics.md §7).
 */
@Service
public class AccuracyReports {

    /** The published versions the overview compares at most. */
    static final int OVERVIEW_VERSIONS = 20;

    private final ForecastVersionStore versions;
    private final QueueHistory facts;

    AccuracyReports(ForecastVersionStore versions, QueueHistory facts) {
        this.versions = versions;
        this.facts = facts;
    }

    /** {@return the report of a version, empty when the version is unknown} */
    public Optional<AccuracyReport> report(long versionId) {
        return versions.find(versionId).map(this::report);
    }

    /**
     * {@return the reports of the newest published versions whose actuals have started to arrive (at most
     * {@value #OVERVIEW_VERSIONS}), newest first: the per-queue view}
     */
    public List<AccuracyReport> publishedWithActuals() {
        var days = facts.days();
        if (days.isEmpty()) {
            return List.of();
        }
        return versions.publishedStartingBy(days.get().last()).stream()
                .limit(OVERVIEW_VERSIONS)
                .map(this::report)
                .filter(AccuracyReport::hasActuals)
                .toList();
    }

    private AccuracyReport report(ForecastVersion version) {
        var actuals = new HashMap<LocalDateTime, Long>();
        for (var interval : facts.intervals(version.queue(), version.firstDay(), version.lastDay(),
                version.request().intervalMinutes())) {
            actuals.put(interval.start(), interval.offered());
        }
        var points = new ArrayList<AccuracyPoint>();
        for (var interval : versions.intervals(version.id())) {
            var actual = actuals.get(interval.start());
            if (actual != null) {
                points.add(new AccuracyPoint(interval.start(), interval.plannedVolume(), actual));
            }
        }
        return new AccuracyReport(version, points, ForecastAccuracy.measure(points, AccuracyLevel.INTERVAL),
                ForecastAccuracy.measure(points, AccuracyLevel.DAY), dayRows(points), timeRows(points));
    }

    private static List<AccuracyReport.DayRow> dayRows(List<AccuracyPoint> points) {
        var byDay = new TreeMap<LocalDate, List<AccuracyPoint>>();
        points.forEach(point -> byDay.computeIfAbsent(point.start().toLocalDate(), day -> new ArrayList<>()).add(point));
        var rows = new ArrayList<AccuracyReport.DayRow>();
        for (var total : ForecastAccuracy.byDay(points)) {
            var day = total.start().toLocalDate();
            var dayMeasures = ForecastAccuracy.measure(List.of(total), AccuracyLevel.DAY);
            rows.add(new AccuracyReport.DayRow(day, total.forecast(), total.actual(), dayMeasures.weightedError(),
                    ForecastAccuracy.measure(byDay.get(day), AccuracyLevel.INTERVAL)));
        }
        return rows;
    }

    private static List<AccuracyReport.TimeRow> timeRows(List<AccuracyPoint> points) {
        var byTime = new TreeMap<LocalTime, List<AccuracyPoint>>();
        points.forEach(point -> byTime.computeIfAbsent(point.start().toLocalTime(), time -> new ArrayList<>())
                .add(point));
        var rows = new ArrayList<AccuracyReport.TimeRow>();
        byTime.forEach((time, group) -> rows.add(new AccuracyReport.TimeRow(time,
                group.stream().mapToDouble(AccuracyPoint::forecast).sum(),
                group.stream().mapToDouble(AccuracyPoint::actual).sum(),
                ForecastAccuracy.measure(group, AccuracyLevel.INTERVAL))));
        return rows;
    }
}
