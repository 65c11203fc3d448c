package org.switchboard.engine.scheduling.internal;

import java.util.Arrays;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ContractWeek;

/**
 * The shifts given to each agent so far ({@code kind[a][d]}, −1 for none) and the test whether one more shift keeps
 * every hard rule of the agent: availability, one shift a day, rest to the neighbouring shifts (the longer rest after
 * a night shift), consecutive working days, consecutive night shifts, and the week's hours, shifts, night shifts and
 * days off. Each added shift passes the test, so the roster
 * keeps every rule at every step (except the weekly minimums, which {@link Assignment} tops up at the end of a week).
 */
final class Roster {

    private static final double HOURS_TOLERANCE = 1e-6;

    final Instance instance;
    final int[][] kind;
    final int[][] skill;

    Roster(Instance instance) {
        this.instance = instance;
        int agents = instance.problem.agents().size();
        kind = new int[agents][instance.days];
        skill = new int[agents][instance.days];
        for (int[] row : kind) {
            Arrays.fill(row, -1);
        }
    }

    void add(int agent, int day, int kindIndex, int skillIndex) {
        kind[agent][day] = kindIndex;
        skill[agent][day] = skillIndex;
    }

    void remove(int agent, int day) {
        kind[agent][day] = -1;
    }

    boolean works(int agent, int day) {
        return day >= 0 && day < instance.days && kind[agent][day] >= 0;
    }

    /** {@return whether the agent can take a shift of the kind on the day without breaking a hard rule} */
    boolean fits(int agent, int day, int kindIndex) {
        if (!instance.available[agent][day] || kind[agent][day] >= 0) {
            return false;
        }
        var shift = instance.catalog.get(kindIndex);
        var contract = instance.problem.agents().get(agent).contract();
        return restKept(agent, day, shift, contract)
                && runKept(agent, day, contract.maxConsecutiveDays())
                && (!shift.night() || nightRunKept(agent, day, contract.maxConsecutiveNights()))
                && weekKept(agent, day, shift);
    }

    /**
     * Rest to the nearest shift before and after the day: the contract's rest, or its rest after a night when the
     * earlier of the two is a night shift. Shifts further away start before (after) the nearest one, so they keep it.
     */
    private boolean restKept(int agent, int day, ShiftKind shift, Contract contract) {
        long start = day * 1440L + shift.startMinute();
        long end = start + shift.lengthMinutes();
        int before = day - 1;
        while (before >= 0 && !works(agent, before)) {
            before--;
        }
        if (before >= 0) {
            var neighbour = instance.catalog.get(kind[agent][before]);
            long neighbourEnd = before * 1440L + neighbour.startMinute() + neighbour.lengthMinutes();
            if (start < neighbourEnd + rest(neighbour, contract)) {
                return false;
            }
        }
        int after = day + 1;
        while (after < instance.days && !works(agent, after)) {
            after++;
        }
        if (after < instance.days) {
            long neighbourStart = after * 1440L + instance.catalog.get(kind[agent][after]).startMinute();
            return neighbourStart >= end + rest(shift, contract);
        }
        return true;
    }

    private static int rest(ShiftKind earlier, Contract contract) {
        return earlier.night() ? contract.minRestAfterNightMinutes() : contract.minRestMinutes();
    }

    private boolean nightRunKept(int agent, int day, int maxNights) {
        int run = 1;
        for (int d = day - 1; works(agent, d) && instance.catalog.get(kind[agent][d]).night(); d--) {
            run++;
        }
        for (int d = day + 1; works(agent, d) && instance.catalog.get(kind[agent][d]).night(); d++) {
            run++;
        }
        return run <= maxNights;
    }

    private boolean runKept(int agent, int day, int maxConsecutive) {
        int run = 1;
        for (int d = day - 1; works(agent, d); d--) {
            run++;
        }
        for (int d = day + 1; works(agent, d); d++) {
            run++;
        }
        return run <= maxConsecutive;
    }

    private boolean weekKept(int agent, int day, ShiftKind shift) {
        int week = day / 7;
        var rules = instance.weeks[agent][week];
        int first = 7 * week;
        double hours = shift.paidMinutes() / 60.0;
        int shifts = 1;
        int nights = shift.night() ? 1 : 0;
        var off = new boolean[rules.days()];
        for (int d = first; d < first + rules.days(); d++) {
            boolean working = d == day || works(agent, d);
            off[d - first] = !working;
            if (d != day && working) {
                var other = instance.catalog.get(kind[agent][d]);
                hours += other.paidMinutes() / 60.0;
                shifts++;
                nights += other.night() ? 1 : 0;
            }
        }
        return hours <= rules.maxHours() + HOURS_TOLERANCE
                && shifts <= rules.maxShifts()
                && nights <= rules.maxNightShifts()
                && rules.daysOffMet(off);
    }

    /** {@return the paid hours of the agent in a week} */
    double weekHours(int agent, int week) {
        double hours = 0;
        for (int d = 7 * week; d < Math.min(instance.days, 7 * week + 7); d++) {
            hours += works(agent, d) ? instance.catalog.get(kind[agent][d]).paidMinutes() / 60.0 : 0;
        }
        return hours;
    }

    /** {@return the shifts of the agent in a week} */
    int weekShifts(int agent, int week) {
        int shifts = 0;
        for (int d = 7 * week; d < Math.min(instance.days, 7 * week + 7); d++) {
            shifts += works(agent, d) ? 1 : 0;
        }
        return shifts;
    }

    /** {@return whether the agent meets the week's minimum hours and shifts} */
    boolean minimumMet(int agent, int week) {
        ContractWeek rules = instance.weeks[agent][week];
        return weekHours(agent, week) >= rules.minHours() - HOURS_TOLERANCE && weekShifts(agent, week) >= rules.minShifts();
    }
}
