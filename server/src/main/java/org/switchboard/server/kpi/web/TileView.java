package org.switchboard.server.kpi.web;

import org.switchboard.server.kpi.dashboard.KpiTile;

/**
 * A tile as the page shows it.
 *
 * @param tile the figure, target and status
 * @param value the figure written out
 * @param target the target written out, empty when there is none
 */
record TileView(KpiTile tile, String value, String target) {

    /** {@return the view of a tile} */
    static TileView of(KpiTile tile, FigureFormat format) {
        var unit = tile.metric().unit();
        return new TileView(tile, format.format(tile.value(), unit),
                tile.target().isPresent() ? format.format(tile.target().getAsDouble(), unit) : "");
    }
}
