package org.switchboard.server.kpi.dashboard;

import java.util.List;

/**
 * A heat-map of one figure: rows are the 96 local 15-minute intervals of a day (00:00 row 0), columns are the dates
 * of the period (up to 31 days) or the weekdays Monday to Sunday (longer periods, the intervals of every such weekday
 * merged). Cells without a figure are absent.
 *
 * @param byDate whether columns are dates (else weekdays)
 * @param columns how many columns
 * @param cells the cells with a figure
 */
public record HeatMap(boolean byDate, int columns, List<HeatCell> cells) {

    /** Copies the cells. */
    public HeatMap {
        cells = List.copyOf(cells);
    }

    /**
     * One cell.
     *
     * @param column the date index from the period's first day, or the weekday (Monday 0)
     * @param row the 15-minute interval of the local day (00:00 is 0)
     * @param value the figure: a share 0–1 or a count
     */
    public record HeatCell(int column, int row, double value) {}
}
