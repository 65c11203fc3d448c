package org.switchboard.engine.scheduling;

/**
 * The rules of one contract in one week of the horizon, after the adjustments {@link Contract} describes: in a week
 * of L ≤ 7 planned days with {@code leave} days of leave,
 * <pre>
 *   daysOff'   = max(0, daysOff − (7 − L))
 *   workable   = L − daysOff'
 *   scale      = max(0, 7 − daysOff − leave) / (7 − daysOff)   in a whole week (L = 7; 0 when daysOff = 7)
 *              = 0                                            in a partial week (L &lt; 7)
 *   minHours'  = minHours × scale,   minShifts' = ⌊minShifts × scale⌋
 *   maxShifts' = min(maxShifts, workable)
 * </pre>
 * A whole week without leave keeps the contract's figures. A partial week (a horizon shorter than a week, or the end
 * of one that stops mid-week) has no minimum: the rest of that week lies outside the plan, where the agent's hours
 * can still be worked, so the plan cannot tell that the minimum is missed, and a minimum scaled to the planned days
 * would force every agent to work in a plan of a day or two whatever its demand. Its maximums stay.
 *
 * @param days planned days in the week (L)
 * @param minHours least paid hours
 * @param maxHours most paid hours
 * @param minShifts least shifts
 * @param maxShifts most shifts
 * @param daysOff least days off (leave days count)
 * @param consecutiveDaysOff whether {@code daysOff} of them must be consecutive
 * @param maxNightShifts most night shifts
 */
public record ContractWeek(
        int days,
        double minHours,
        double maxHours,
        int minShifts,
        int maxShifts,
        int daysOff,
        boolean consecutiveDaysOff,
        int maxNightShifts) {

    /**
     * {@return the rules of a contract for one week}
     *
     * @param contract the contract
     * @param days planned days in the week, 1..7
     * @param leaveDays days of leave in the week, 0..days
     */
    public static ContractWeek of(Contract contract, int days, int leaveDays) {
        int daysOff = Math.max(0, contract.daysOffPerWeek() - (7 - days));
        int workable = days - daysOff;
        int fullWorkable = 7 - contract.daysOffPerWeek();
        double scale = days < 7 || fullWorkable == 0 ? 0 : Math.max(0, fullWorkable - leaveDays) / (double) fullWorkable;
        return new ContractWeek(
                days,
                contract.minHoursPerWeek() * scale,
                contract.maxHoursPerWeek(),
                (int) Math.floor(contract.minShiftsPerWeek() * scale + 1e-9),
                Math.min(contract.maxShiftsPerWeek(), workable),
                daysOff,
                contract.consecutiveDaysOff(),
                contract.maxNightShiftsPerWeek());
    }

    /**
     * {@return whether a set of days off within the week meets the days-off rule}
     *
     * @param off {@code off[d]} is true when day d of the week (0-based, {@code < days}) has no shift
     */
    public boolean daysOffMet(boolean[] off) {
        if (daysOff == 0) {
            return true;
        }
        if (!consecutiveDaysOff) {
            int count = 0;
            for (int d = 0; d < days; d++) {
                count += off[d] ? 1 : 0;
            }
            return count >= daysOff;
        }
        int run = 0;
        for (int d = 0; d < days; d++) {
            run = off[d] ? run + 1 : 0;
            if (run >= daysOff) {
                return true;
            }
        }
        return false;
    }
}
