package org.switchboard.server.forecast.accuracy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalDouble;
import org.switchboard.engine.forecast.accuracy.AccuracyMeasures;
import org.switchboard.engine.forecast.accuracy.AccuracyPoint;
import org.switchboard.server.forecast.versions.ForecastVersion;

/**
 * The accuracy of one forecast version against the actuals that arrived later (metrics.md §7): the six measures at
 * interval and at day level over the whole compared period, per day and per interval of the day. Only intervals with
 * an actual are compared; a version whose days have no actuals yet has no points and no figures.
 *
 * @param version the version
 * @param points the compared intervals: the planned volume (with manual adjustments) and the contacts offered
 * @param byInterval the measures with every interval a point
 * @param byDay the measures with every day a point (intervals summed per day)
 * @param days one row per compared day
 * @param times one row per interval of the day (e.g. 08:30) over all compared days
 */
public record AccuracyReport(
        ForecastVersion version,
        List<AccuracyPoint> points,
        AccuracyMeasures byInterval,
        AccuracyMeasures byDay,
        List<DayRow> days,
        List<TimeRow> times) {

    /** Copies the lists. */
    public AccuracyReport {
        points = List.copyOf(points);
        days = List.copyOf(days);
        times = List.copyOf(times);
    }

    /** {@return whether any actual has arrived for the version's days} */
    public boolean hasActuals() {
        return !points.isEmpty();
    }

    /**
     * One compared day.
     *
     * @param day the day
     * @param forecast the day's planned contacts
     * @param actual the day's contacts offered
     * @param error the day's signed error Σ(F − A)/ΣA (measure 5 of the day), empty when no contact arrived
     * @param intervals the measures of the day's intervals
     */
    public record DayRow(LocalDate day, double forecast, double actual, OptionalDouble error, AccuracyMeasures intervals) {}

    /**
     * One interval of the day over every compared day.
     *
     * @param time the interval's local start time
     * @param forecast its planned contacts summed over the days
     * @param actual its contacts offered summed over the days
     * @param measures the measures of that interval's points
     */
    public record TimeRow(LocalTime time, double forecast, double actual, AccuracyMeasures measures) {}
}
