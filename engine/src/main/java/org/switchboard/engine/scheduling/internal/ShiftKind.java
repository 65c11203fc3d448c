package org.switchboard.engine.scheduling.internal;

import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ShiftTemplate;

/**
 * One kind of shift on the interval grid: a template, a start time of day and a length, with the windows of its breaks
 * in intervals after the shift start, already narrowed by the order and gaps of the breaks (a break j can start no
 * earlier than the earliest end of break j−1 plus the gap, and no later than the latest start of break j+1 minus its
 * length and the gap).
 *
 * @param template the template
 * @param startMinute start, minutes after midnight
 * @param lengthMinutes length, breaks included
 * @param startOffset start in intervals after midnight
 * @param lengthIntervals length in intervals
 * @param breakEarliest earliest start of each break, intervals after the shift start
 * @param breakLatest latest start of each break, intervals after the shift start
 * @param breakLength length of each break in intervals
 * @param gapIntervals least intervals between two breaks
 */
record ShiftKind(
        ShiftTemplate template,
        int startMinute,
        int lengthMinutes,
        int startOffset,
        int lengthIntervals,
        int[] breakEarliest,
        int[] breakLatest,
        int[] breakLength,
        int gapIntervals) {

    static ShiftKind of(ShiftTemplate template, int startMinute, int lengthMinutes, int step) {
        var rules = template.breaks();
        int n = rules.size();
        var earliest = new int[n];
        var latest = new int[n];
        var length = new int[n];
        int gap = template.minGapMinutes() / step;
        for (int j = 0; j < n; j++) {
            var rule = rules.get(j);
            earliest[j] = rule.earliestAfterStartMinutes() / step;
            latest[j] = rule.latestStartMinutes(lengthMinutes) / step;
            length[j] = rule.lengthMinutes() / step;
        }
        for (int j = 1; j < n; j++) {
            earliest[j] = Math.max(earliest[j], earliest[j - 1] + length[j - 1] + gap);
        }
        for (int j = n - 2; j >= 0; j--) {
            latest[j] = Math.min(latest[j], latest[j + 1] - length[j] - gap);
        }
        return new ShiftKind(
                template, startMinute, lengthMinutes, startMinute / step, lengthMinutes / step, earliest, latest, length,
                gap);
    }

    /** {@return whether every break has a place: each window is non-empty after narrowing} */
    boolean breaksFit() {
        for (int j = 0; j < breakLength.length; j++) {
            if (breakEarliest[j] > breakLatest[j]) {
                return false;
            }
        }
        return true;
    }

    int breaks() {
        return breakLength.length;
    }

    int paidMinutes() {
        return template.paidMinutes(lengthMinutes);
    }

    /** {@return whether the shift works any minute from 00:00 to 06:00 (its start day's or the next)} */
    boolean night() {
        int end = startMinute + lengthMinutes;
        return startMinute < Contract.NIGHT_END_MINUTE || (end > 1440 && startMinute < 1440 + Contract.NIGHT_END_MINUTE);
    }
}
