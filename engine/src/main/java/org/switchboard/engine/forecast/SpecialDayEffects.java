package org.switchboard.engine.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.switchboard.engine.forecast.internal.Series;

/**
 * The special-days calendar applied to one history: past special days are taken out of fitting, and the effect of
 * each kind is learnt from its past days as the mean ratio actual/expected of the day's total, where expected is the
 * mean total of the same weekday in the (up to) {@value #WEEKS} nearest earlier usable weeks. A future day's factor is
 * 1 + its entered percentage / 100 or, without one, its kind's learnt ratio (1 when the kind has no usable past day,
 * and for {@link SpecialDayKind#OUTLIER}).
 */
final class SpecialDayEffects {

    static final int WEEKS = 4;

    private final Map<LocalDate, SpecialDay> byDate = new HashMap<>();
    private final Map<SpecialDayKind, Double> learnt = new EnumMap<>(SpecialDayKind.class);
    private final List<String> notes = new ArrayList<>();

    SpecialDayEffects(List<SpecialDay> calendar) {
        for (var day : calendar) {
            byDate.put(day.date(), day);
        }
    }

    /**
     * Takes the past special days out of the volumes (NaN) and learns the effect of each kind.
     *
     * @param history the history, for its raw volumes and dates
     * @param volumes the volumes to clean in place
     */
    void excludeAndLearn(IntervalHistory history, double[] volumes) {
        int ppd = history.intervalsPerDay();
        var raw = history.volumes();
        var past = new ArrayList<SpecialDay>();
        for (int day = 0; day < history.days(); day++) {
            var special = byDate.get(history.firstDay().plusDays(day));
            if (special != null) {
                Arrays.fill(volumes, day * ppd, (day + 1) * ppd, Double.NaN);
                past.add(special);
            }
        }
        if (!past.isEmpty()) {
            notes.add("%d special days of the history excluded from fitting".formatted(past.size()));
        }
        var cleaned = new Series(volumes, ppd, history.firstDay().getDayOfWeek().ordinal());
        var sums = new EnumMap<SpecialDayKind, double[]>(SpecialDayKind.class);
        for (var special : past) {
            int day = (int) (special.date().toEpochDay() - history.firstDay().toEpochDay());
            var ratio = ratio(cleaned, raw, day);
            if (ratio.isPresent() && special.kind() != SpecialDayKind.OUTLIER) {
                var sum = sums.computeIfAbsent(special.kind(), kind -> new double[2]);
                sum[0] += ratio.get();
                sum[1]++;
            }
        }
        sums.forEach((kind, sum) -> {
            learnt.put(kind, sum[0] / sum[1]);
            notes.add(String.format(
                    Locale.ROOT,
                    "effect of %s learnt from %d past days: x%.3f",
                    kind.name().toLowerCase(Locale.ROOT),
                    (int) sum[1],
                    sum[0] / sum[1]));
        });
    }

    private static Optional<Double> ratio(Series cleaned, double[] raw, int day) {
        int ppd = cleaned.intervalsPerDay();
        double actual = 0;
        for (int i = day * ppd; i < (day + 1) * ppd; i++) {
            actual += raw[i];
        }
        var y = cleaned.volume();
        double expected = 0;
        int found = 0;
        for (int other = day - 7; other >= 0 && found < WEEKS; other -= 7) {
            double total = 0;
            for (int i = other * ppd; i < (other + 1) * ppd; i++) {
                total += y[i];
            }
            if (!Double.isNaN(total)) {
                expected += total;
                found++;
            }
        }
        return Double.isNaN(actual) || found == 0 || expected <= 0
                ? Optional.empty()
                : Optional.of(actual / (expected / found));
    }

    /**
     * {@return the factor on the forecast of a date, 1 when it is not special}
     *
     * @param date a forecast date
     */
    double factor(LocalDate date) {
        var special = byDate.get(date);
        if (special == null || special.kind() == SpecialDayKind.OUTLIER) {
            return 1;
        }
        if (special.effectPercent().isPresent()) {
            return 1 + special.effectPercent().getAsDouble() / 100;
        }
        var factor = learnt.get(special.kind());
        if (factor == null) {
            notes.add("no past %s day to learn from: %s forecast without an effect"
                    .formatted(special.kind().name().toLowerCase(Locale.ROOT), date));
            return 1;
        }
        return factor;
    }

    /** {@return what was excluded and learnt, in English} */
    List<String> notes() {
        return notes;
    }
}
