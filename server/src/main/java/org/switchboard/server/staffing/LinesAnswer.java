package org.switchboard.server.staffing;

import java.util.List;

/**
 * Lines, IVR ports or bot licences for a traffic with Erlang B: the smallest number whose blocking is at most the
 * target, and the blocking of the numbers around it.
 *
 * @param erlangs offered traffic in Erlangs
 * @param maxBlocking the blocking target
 * @param servers the required number of lines (ports, licences)
 * @param blocking the blocking probability at that number
 * @param rows the numbers around the answer, ascending
 */
public record LinesAnswer(double erlangs, double maxBlocking, int servers, double blocking, List<Row> rows) {

    /** Copies the rows. */
    public LinesAnswer {
        rows = List.copyOf(rows);
    }

    /**
     * One number of lines.
     *
     * @param servers lines (ports, licences)
     * @param blocking probability that a contact finds them all busy and is lost
     * @param carriedErlangs traffic actually carried: A·(1 − blocking)
     * @param occupancy carried traffic per line
     * @param meetsTarget whether the blocking is at most the target
     */
    public record Row(int servers, double blocking, double carriedErlangs, double occupancy, boolean meetsTarget) {

        static Row of(int servers, double erlangs, double blocking, double maxBlocking) {
            double carried = erlangs * (1 - blocking);
            return new Row(servers, blocking, carried, carried / servers, blocking <= maxBlocking);
        }
    }
}
