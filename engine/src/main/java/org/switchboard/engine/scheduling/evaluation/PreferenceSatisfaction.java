package org.switchboard.engine.scheduling.evaluation;

import java.util.OptionalDouble;

/**
 * How well a schedule meets the agents' wishes (soft goals).
 *
 * @param startTimeMet shifts starting within the tolerance of their agent's preferred start, of shifts whose agent has
 *     one
 * @param startTimeAsked shifts whose agent has a preferred start
 * @param dayOffMet preferred days off (per date in the horizon) without a shift
 * @param dayOffAsked preferred days off (per date in the horizon)
 */
public record PreferenceSatisfaction(int startTimeMet, int startTimeAsked, int dayOffMet, int dayOffAsked) {

    /** {@return the wishes not met, (startTimeAsked − startTimeMet) + (dayOffAsked − dayOffMet)} */
    public int unmet() {
        return startTimeAsked - startTimeMet + dayOffAsked - dayOffMet;
    }

    /** {@return the share of all wishes met, (startTimeMet + dayOffMet) / (startTimeAsked + dayOffAsked); empty when none} */
    public OptionalDouble share() {
        int asked = startTimeAsked + dayOffAsked;
        return asked == 0 ? OptionalDouble.empty() : OptionalDouble.of((startTimeMet + dayOffMet) / (double) asked);
    }
}
