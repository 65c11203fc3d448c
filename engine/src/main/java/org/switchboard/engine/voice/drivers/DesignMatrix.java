package org.switchboard.engine.voice.drivers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a logistic model with categorical drivers in sparse form: each cell (a combination of levels) has an
 * intercept column 0 and at most one indicator column per driver (none for the reference level), so a row is the
 * short list of its columns that are 1. Built from the {@link LevelScreen}, with aliased columns removed.
 */
final class DesignMatrix {

    /** Relative pivot below which a column counts as a linear combination of the earlier ones. */
    private static final double ALIASING_TOLERANCE = 1e-9;

    final int[][] rows;
    final long[] outcomes;
    final long[] responses;
    /** Column of each (driver, level), −1 for the reference, excluded and aliased levels. */
    final int[][] columnOf;
    final int columns;

    private DesignMatrix(int[][] rows, long[] outcomes, long[] responses, int[][] columnOf, int columns) {
        this.rows = rows;
        this.outcomes = outcomes;
        this.responses = responses;
        this.columnOf = columnOf;
        this.columns = columns;
    }

    /**
     * Builds the matrix of the included cells; a level whose column is a linear combination of earlier columns is
     * marked aliased in the screen and gets no column.
     */
    static DesignMatrix of(DriverData data, LevelScreen screen) {
        var cells = new ArrayList<int[]>();
        var counts = new ArrayList<long[]>();
        data.cells().forEach((cell, outcomesAndResponses) -> {
            if (screen.includes(cell.levels())) {
                cells.add(cell.levels());
                counts.add(outcomesAndResponses);
            }
        });
        int factors = data.factors().size();
        var candidate = new int[factors][];
        int next = 1;
        for (int f = 0; f < factors; f++) {
            candidate[f] = new int[screen.levelCount(f)];
            for (int l = 0; l < candidate[f].length; l++) {
                candidate[f][l] = screen.isEstimable(f, l) ? next++ : -1;
            }
        }
        var kept = keptColumns(cells, counts, candidate, next);
        int columns = 1;
        var renumber = new int[next];
        renumber[0] = 0;
        for (int c = 1; c < next; c++) {
            renumber[c] = kept[c] ? columns++ : -1;
        }
        for (int f = 0; f < factors; f++) {
            for (int l = 0; l < candidate[f].length; l++) {
                if (candidate[f][l] > 0) {
                    if (!kept[candidate[f][l]]) {
                        screen.markAliased(f, l);
                    }
                    candidate[f][l] = renumber[candidate[f][l]];
                }
            }
        }
        var rows = new int[cells.size()][];
        var outcomes = new long[cells.size()];
        var responses = new long[cells.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = activeColumns(cells.get(i), candidate);
            outcomes[i] = counts.get(i)[0];
            responses[i] = counts.get(i)[1];
        }
        return new DesignMatrix(rows, outcomes, responses, candidate, columns);
    }

    private static int[] activeColumns(int[] levels, int[][] columnOf) {
        var active = new int[levels.length + 1];
        int size = 1;
        for (int f = 0; f < levels.length; f++) {
            int column = columnOf[f][levels[f]];
            if (column > 0) {
                active[size++] = column;
            }
        }
        return Arrays.copyOf(active, size);
    }

    /**
     * Greedy rank check: a Cholesky factorisation of XᵀNX (N = responses per cell) built column by column; a column
     * whose pivot is below {@value #ALIASING_TOLERANCE} of its diagonal lies in the span of the earlier ones and is
     * dropped, as R's {@code glm} drops aliased coefficients (pivoted QR).
     */
    private static boolean[] keptColumns(List<int[]> cells, List<long[]> counts, int[][] columnOf, int columns) {
        var gram = new double[columns][columns];
        for (int i = 0; i < cells.size(); i++) {
            var active = activeColumns(cells.get(i), columnOf);
            double weight = counts.get(i)[1];
            for (int a : active) {
                for (int b : active) {
                    gram[a][b] += weight;
                }
            }
        }
        var lower = new double[columns][columns];
        var kept = new boolean[columns];
        for (int j = 0; j < columns; j++) {
            for (int k = 0; k < j; k++) {
                if (!kept[k]) {
                    continue;
                }
                double sum = gram[j][k];
                for (int m = 0; m < k; m++) {
                    sum -= lower[j][m] * lower[k][m];
                }
                lower[j][k] = sum / lower[k][k];
            }
            double pivot = gram[j][j];
            for (int m = 0; m < j; m++) {
                pivot -= lower[j][m] * lower[j][m];
            }
            kept[j] = pivot > ALIASING_TOLERANCE * Math.max(gram[j][j], 1);
            if (kept[j]) {
                lower[j][j] = Math.sqrt(pivot);
            } else {
                Arrays.fill(lower[j], 0);
            }
        }
        return kept;
    }
}
