package org.switchboard.engine.scheduling;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * The working-time rules of an agent's contract, all hard. Weeks are 7-day blocks from the first planned day. The
 * minimum hours and shifts hold only in whole weeks, those with all 7 days inside the horizon: a partial week (a
 * horizon shorter than 7 days, or the last days of one that ends mid-week) has no minimum, because the rest of that
 * week lies outside the plan and the agent may still reach the minimum there; scaling the minimum to the planned days
 * would instead oblige every agent to work in a plan of one or two days whatever its demand. In a partial week of L
 * days the maximum hours stay, the maximum shifts are at most L − daysOff' and the days off shrink to
 * daysOff' = max(0, daysOff − (7 − L)). A day of approved leave counts as a day off and lowers a whole week's minimum
 * hours and shifts pro rata to the working days it removes: min × (1 − leaveDays / (7 − daysOff)), not below 0, with
 * the shifts rounded down (a planner never asks more of an agent on leave than the share of the days left). See
 * {@link ContractWeek}.
 *
 * @param name the contract's name, not blank
 * @param minHoursPerWeek least paid hours per week, {@code >= 0}
 * @param maxHoursPerWeek most paid hours per week, {@code >= minHoursPerWeek}
 * @param minShiftsPerWeek least shifts per week, {@code >= 0}
 * @param maxShiftsPerWeek most shifts per week, {@code >= minShiftsPerWeek} and at most 7 − daysOffPerWeek
 * @param daysOffPerWeek least days without a shift start per week, 0..7
 * @param consecutiveDaysOff whether {@code daysOffPerWeek} of the days off must be consecutive days of the week
 * @param minRestHours least hours between the end of one shift and the start of the next, {@code >= 0}
 * @param maxConsecutiveDays most consecutive days with a shift start, {@code >= 1} (across week boundaries)
 * @param maxNightShiftsPerWeek most night shifts per week; a night shift works any minute from 00:00 to 06:00
 * @param maxConsecutiveNights most night shifts on consecutive days, {@code >= 1} (across week boundaries)
 * @param minRestAfterNightHours least hours between the end of a night shift and the start of the next shift, from
 *     {@code minRestHours} to 48
 */
public record Contract(
        String name,
        double minHoursPerWeek,
        double maxHoursPerWeek,
        int minShiftsPerWeek,
        int maxShiftsPerWeek,
        int daysOffPerWeek,
        boolean consecutiveDaysOff,
        double minRestHours,
        int maxConsecutiveDays,
        int maxNightShiftsPerWeek,
        int maxConsecutiveNights,
        double minRestAfterNightHours) {

    /** Night work is any minute from 00:00 (inclusive) to this minute of the day (exclusive). */
    public static final int NIGHT_END_MINUTE = 360;

    /**
     * Validates the contract.
     *
     * @throws IllegalArgumentException if a field breaks its rule (each message names the contract and the field)
     */
    public Contract {
        requireArgument(!name.isBlank(), "contract name must not be blank");
        requireArgument(
                Double.isFinite(minHoursPerWeek) && minHoursPerWeek >= 0,
                "contract %s: minHoursPerWeek must be finite and >= 0: %s",
                name,
                minHoursPerWeek);
        requireArgument(
                Double.isFinite(maxHoursPerWeek) && maxHoursPerWeek >= minHoursPerWeek,
                "contract %s: maxHoursPerWeek must be finite and >= minHoursPerWeek: min=%s, max=%s",
                name,
                minHoursPerWeek,
                maxHoursPerWeek);
        requireArgument(
                daysOffPerWeek >= 0 && daysOffPerWeek <= 7,
                "contract %s: daysOffPerWeek must be in 0..7: %d",
                name,
                daysOffPerWeek);
        requireArgument(
                minShiftsPerWeek >= 0 && minShiftsPerWeek <= maxShiftsPerWeek && maxShiftsPerWeek <= 7 - daysOffPerWeek,
                "contract %s: shifts per week must satisfy 0 <= min <= max <= 7 - daysOff: min=%d, max=%d, daysOff=%d",
                name,
                minShiftsPerWeek,
                maxShiftsPerWeek,
                daysOffPerWeek);
        requireArgument(
                Double.isFinite(minRestHours) && minRestHours >= 0 && minRestHours <= 48,
                "contract %s: minRestHours must be in 0..48: %s",
                name,
                minRestHours);
        requireArgument(
                maxConsecutiveDays >= 1, "contract %s: maxConsecutiveDays must be >= 1: %d", name, maxConsecutiveDays);
        requireArgument(
                maxNightShiftsPerWeek >= 0,
                "contract %s: maxNightShiftsPerWeek must be >= 0: %d",
                name,
                maxNightShiftsPerWeek);
        requireArgument(
                maxConsecutiveNights >= 1,
                "contract %s: maxConsecutiveNights must be >= 1: %d",
                name,
                maxConsecutiveNights);
        requireArgument(
                Double.isFinite(minRestAfterNightHours)
                        && minRestAfterNightHours >= minRestHours
                        && minRestAfterNightHours <= 48,
                "contract %s: minRestAfterNightHours must be from minRestHours to 48: minRest=%s, afterNight=%s",
                name,
                minRestHours,
                minRestAfterNightHours);
    }

    /**
     * A contract without night rules beyond the weekly limit: night shifts may run as many days in a row as working
     * days may ({@code maxConsecutiveNights = maxConsecutiveDays}) and the rest after a night is the ordinary rest.
     *
     * @param name the contract's name
     * @param minHoursPerWeek least paid hours per week
     * @param maxHoursPerWeek most paid hours per week
     * @param minShiftsPerWeek least shifts per week
     * @param maxShiftsPerWeek most shifts per week
     * @param daysOffPerWeek least days off per week
     * @param consecutiveDaysOff whether the days off are consecutive
     * @param minRestHours least rest between shifts in hours
     * @param maxConsecutiveDays most consecutive working days
     * @param maxNightShiftsPerWeek most night shifts per week
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Contract(
            String name,
            double minHoursPerWeek,
            double maxHoursPerWeek,
            int minShiftsPerWeek,
            int maxShiftsPerWeek,
            int daysOffPerWeek,
            boolean consecutiveDaysOff,
            double minRestHours,
            int maxConsecutiveDays,
            int maxNightShiftsPerWeek) {
        this(
                name,
                minHoursPerWeek,
                maxHoursPerWeek,
                minShiftsPerWeek,
                maxShiftsPerWeek,
                daysOffPerWeek,
                consecutiveDaysOff,
                minRestHours,
                maxConsecutiveDays,
                maxNightShiftsPerWeek,
                maxConsecutiveDays,
                minRestHours);
    }

    /**
     * {@return this contract with night rules}
     *
     * @param maxNights most night shifts on consecutive days
     * @param restAfterNightHours least rest after a night shift in hours
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Contract withNightRules(int maxNights, double restAfterNightHours) {
        return new Contract(
                name,
                minHoursPerWeek,
                maxHoursPerWeek,
                minShiftsPerWeek,
                maxShiftsPerWeek,
                daysOffPerWeek,
                consecutiveDaysOff,
                minRestHours,
                maxConsecutiveDays,
                maxNightShiftsPerWeek,
                maxNights,
                restAfterNightHours);
    }

    /**
     * A contract with the fields of the command-line RULES.json: shifts per week from 0 to 7 − daysOff and no limit
     * on night shifts beyond those of working days.
     *
     * @param name the contract's name
     * @param minHoursPerWeek least paid hours per week
     * @param maxHoursPerWeek most paid hours per week
     * @param daysOffPerWeek least days off per week
     * @param consecutiveDaysOff whether the days off are consecutive
     * @param minRestHours least rest between shifts in hours
     * @param maxConsecutiveDays most consecutive working days
     * @return the contract
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static Contract of(
            String name,
            double minHoursPerWeek,
            double maxHoursPerWeek,
            int daysOffPerWeek,
            boolean consecutiveDaysOff,
            double minRestHours,
            int maxConsecutiveDays) {
        return new Contract(
                name,
                minHoursPerWeek,
                maxHoursPerWeek,
                0,
                7 - daysOffPerWeek,
                daysOffPerWeek,
                consecutiveDaysOff,
                minRestHours,
                maxConsecutiveDays,
                7);
    }

    /** {@return the least rest between two shifts in minutes} */
    public int minRestMinutes() {
        return (int) Math.round(minRestHours * 60);
    }

    /** {@return the least rest after a night shift in minutes} */
    public int minRestAfterNightMinutes() {
        return (int) Math.round(minRestAfterNightHours * 60);
    }
}
