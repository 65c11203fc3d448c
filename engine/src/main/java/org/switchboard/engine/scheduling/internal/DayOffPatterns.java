package org.switchboard.engine.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.engine.scheduling.ContractWeek;

/**
 * The minimal sets of days off that meet a week's rule: every block of {@code daysOff} consecutive days of the week
 * when they must be consecutive, else every set of {@code daysOff} days. Any week that keeps the rule has its days off
 * containing one of these sets; with {@code daysOff = 0} the only pattern is the empty set.
 */
final class DayOffPatterns {

    private DayOffPatterns() {}

    static List<boolean[]> of(ContractWeek week) {
        var patterns = new ArrayList<boolean[]>();
        int days = week.days();
        int off = week.daysOff();
        if (off == 0) {
            patterns.add(new boolean[days]);
        } else if (week.consecutiveDaysOff()) {
            for (int first = 0; first + off <= days; first++) {
                var pattern = new boolean[days];
                for (int d = first; d < first + off; d++) {
                    pattern[d] = true;
                }
                patterns.add(pattern);
            }
        } else {
            choose(new boolean[days], 0, off, patterns);
        }
        return patterns;
    }

    private static void choose(boolean[] pattern, int from, int left, List<boolean[]> out) {
        if (left == 0) {
            out.add(pattern.clone());
            return;
        }
        for (int d = from; d <= pattern.length - left; d++) {
            pattern[d] = true;
            choose(pattern, d + 1, left - 1, out);
            pattern[d] = false;
        }
    }
}
