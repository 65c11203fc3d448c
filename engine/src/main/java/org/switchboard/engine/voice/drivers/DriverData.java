package org.switchboard.engine.voice.drivers;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The responses of a driver analysis, aggregated as they are added: one cell per combination of driver levels with
 * its number of responses and of outcomes (e.g. answers in the top box for CSAT, in the bottom box for CDSAT). Memory
 * grows with the number of distinct combinations, not of responses. Single-use, not thread-safe.
 *
 * {@snippet :
 * var data = new DriverData(List.of("wait", "transferred", "queue"));
 * data.add(List.of("20-60 s", "no", "Billing"), csatBox.contains(answer));
 * DriverReport report = LogisticDrivers.fit(data, DriverSettings.standard());
 * }
 */
public final class DriverData {

    private final List<String> factors;
    private final List<Map<String, Integer>> levelIndex = new ArrayList<>();
    private final Map<Cell, long[]> cells = new HashMap<>();

    /**
     * Creates an empty data set.
     *
     * @param factors the names of the drivers, at least one, distinct
     * @throws IllegalArgumentException if there is no factor, a name is blank or repeated
     */
    public DriverData(List<String> factors) {
        requireArgument(!factors.isEmpty(), "a driver analysis needs at least one driver");
        requireArgument(
                factors.stream().distinct().count() == factors.size() && factors.stream().noneMatch(String::isBlank),
                "driver names must be distinct and not blank: factors=%s",
                factors);
        this.factors = List.copyOf(factors);
        factors.forEach(factor -> levelIndex.add(new LinkedHashMap<>()));
    }

    /**
     * Adds one response.
     *
     * @param levels the level of each driver, in the order of the factors
     * @param outcome whether the response is an outcome (in the box)
     * @throws IllegalArgumentException if there is not one non-blank level per driver
     */
    public void add(List<String> levels, boolean outcome) {
        add(levels, outcome ? 1 : 0, 1);
    }

    /**
     * Adds responses that share their levels.
     *
     * @param levels the level of each driver, in the order of the factors
     * @param outcomes how many of them are outcomes, 0 ≤ outcomes ≤ responses
     * @param responses how many responses
     * @throws IllegalArgumentException if there is not one non-blank level per driver or the counts are out of range
     */
    public void add(List<String> levels, long outcomes, long responses) {
        requireArgument(
                levels.size() == factors.size(),
                "one level per driver is needed: drivers=%s, levels=%s",
                factors,
                levels);
        requireArgument(
                outcomes >= 0 && outcomes <= responses,
                "outcomes must be 0..responses: outcomes=%d, responses=%d",
                outcomes,
                responses);
        var key = new int[levels.size()];
        for (int f = 0; f < key.length; f++) {
            var level = levels.get(f);
            requireArgument(!level.isBlank(), "a level must not be blank: driver=%s", factors.get(f));
            var index = levelIndex.get(f);
            key[f] = index.computeIfAbsent(level, name -> index.size());
        }
        var counts = cells.computeIfAbsent(new Cell(key), cell -> new long[2]);
        counts[0] += outcomes;
        counts[1] += responses;
    }

    /** {@return the driver names} */
    public List<String> factors() {
        return factors;
    }

    /** {@return the levels of a driver, in the order first seen} */
    List<String> levels(int factor) {
        return List.copyOf(levelIndex.get(factor).keySet());
    }

    /** {@return the cells: level indices per driver, with {outcomes, responses}} */
    Map<Cell, long[]> cells() {
        return cells;
    }

    /** A combination of level indices, one per driver. */
    record Cell(int[] levels) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && Arrays.equals(levels, cell.levels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(levels);
        }

        @Override
        public String toString() {
            return Arrays.toString(levels);
        }
    }
}
