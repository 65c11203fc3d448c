package org.switchboard.engine.forecast;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.switchboard.engine.core.InputProblem;

/** Collects the rows of one history input and builds the {@link IntervalHistory}; see {@link HistoryReader}. */
final class HistoryAssembly {

    private final String source;
    private final int intervalMinutes;
    private final List<InputProblem> problems = new ArrayList<>();
    private long[] lines = new long[1024];
    private long[] minutes = new long[1024];
    private double[] volumes = new double[1024];
    private double[] ahts = new double[1024];
    private int count;

    HistoryAssembly(String source, int intervalMinutes) {
        requireArgument(
                intervalMinutes > 0 && 1440 % intervalMinutes == 0,
                "interval must divide a day: intervalMinutes=%d",
                intervalMinutes);
        this.source = source;
        this.intervalMinutes = intervalMinutes;
    }

    void problem(long line, String field, String value, String reason) {
        problems.add(new InputProblem(source, line, field, value, reason));
    }

    void add(long line, LocalDateTime start, double volume, double ahtSeconds) {
        if (start.getSecond() != 0 || start.getNano() != 0) {
            problem(line, "timestamp", start.toString(), "an interval must start on a whole minute");
            return;
        }
        if (count == lines.length) {
            int size = count * 2;
            lines = Arrays.copyOf(lines, size);
            minutes = Arrays.copyOf(minutes, size);
            volumes = Arrays.copyOf(volumes, size);
            ahts = Arrays.copyOf(ahts, size);
        }
        lines[count] = line;
        minutes[count] = start.toLocalDate().toEpochDay() * 1440 + start.getHour() * 60L + start.getMinute();
        volumes[count] = volume;
        ahts[count] = ahtSeconds;
        count++;
    }

    HistoryParse finish() {
        if (count == 0 && problems.isEmpty()) {
            problem(0, "file", "", "no history rows");
        }
        if (!problems.isEmpty()) {
            return refused();
        }
        var order = sortedOrder();
        rejectDuplicates(order);
        int step = commonStep(order);
        checkGrid(order, step);
        if (!problems.isEmpty()) {
            return refused();
        }
        return new HistoryParse(Optional.of(aggregate(order, step)), List.of());
    }

    private HistoryParse refused() {
        return new HistoryParse(Optional.empty(), problems);
    }

    private Integer[] sortedOrder() {
        var order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(minutes[a], minutes[b]));
        return order;
    }

    private void rejectDuplicates(Integer[] order) {
        for (int k = 1; k < count; k++) {
            if (minutes[order[k]] == minutes[order[k - 1]]) {
                problem(
                        lines[order[k]],
                        "timestamp",
                        timestamp(minutes[order[k]]),
                        "duplicated interval, first given on line " + lines[order[k - 1]]);
            }
        }
    }

    /** The input's own interval: the most frequent positive step between consecutive timestamps within a day. */
    private int commonStep(Integer[] order) {
        var frequency = new HashMap<Long, Integer>();
        for (int k = 1; k < count; k++) {
            long step = minutes[order[k]] - minutes[order[k - 1]];
            if (step > 0 && step <= 1440) {
                frequency.merge(step, 1, Integer::sum);
            }
        }
        long best = intervalMinutes;
        int bestCount = 0;
        for (var entry : frequency.entrySet()) {
            if (entry.getValue() > bestCount || (entry.getValue() == bestCount && entry.getKey() < best)) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        if (intervalMinutes % best != 0) {
            problem(
                    0,
                    "timestamp",
                    best + " minutes",
                    "the file's interval of %d minutes does not divide the requested %d minutes"
                            .formatted(best, intervalMinutes));
        }
        return (int) best;
    }

    private void checkGrid(Integer[] order, int step) {
        if (!problems.isEmpty()) {
            return;
        }
        for (var index : order) {
            if (Math.floorMod(minutes[index], step) != 0) {
                problem(
                        lines[index],
                        "timestamp",
                        timestamp(minutes[index]),
                        "not on the file's %d-minute grid".formatted(step));
            }
        }
    }

    private IntervalHistory aggregate(Integer[] order, int step) {
        long firstDay = Math.floorDiv(minutes[order[0]], 1440);
        long lastDay = Math.floorDiv(minutes[order[count - 1]], 1440);
        int ppd = 1440 / intervalMinutes;
        int n = (int) (lastDay - firstDay + 1) * ppd;
        var parts = new int[n];
        var volume = new double[n];
        var weightedAht = new double[n];
        var ahtKnown = new int[n];
        for (int i = 0; i < count; i++) {
            int slot = (int) ((minutes[i] - firstDay * 1440) / intervalMinutes);
            parts[slot]++;
            volume[slot] += volumes[i];
            if (!Double.isNaN(ahts[i])) {
                ahtKnown[slot]++;
                weightedAht[slot] += ahts[i] * volumes[i];
            }
        }
        int needed = intervalMinutes / step;
        var aht = new double[n];
        for (int slot = 0; slot < n; slot++) {
            boolean observed = parts[slot] == needed;
            aht[slot] = observed && ahtKnown[slot] == needed && volume[slot] > 0
                    ? weightedAht[slot] / volume[slot]
                    : Double.NaN;
            if (!observed) {
                volume[slot] = Double.NaN;
            }
        }
        return new IntervalHistory(LocalDate.ofEpochDay(firstDay), intervalMinutes, volume, aht);
    }

    private static String timestamp(long minute) {
        return LocalDate.ofEpochDay(Math.floorDiv(minute, 1440))
                .atStartOfDay()
                .plusMinutes(Math.floorMod(minute, 1440))
                .toString();
    }
}
