package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The weekly shift an agent works: the same start and length on each working day.
 *
 * <p>On a day with shorter opening hours the shift is clipped to them (a late shift 11:30–20:00 becomes 11:30–18:00
 * on a Saturday that closes at 18:00); a clipped shift shorter than two hours is not worked. A public holiday counts
 * as a Sunday: the agent works it only if the pattern includes Sunday.
 *
 * @param name the pattern's name as planners say it, e.g. {@code "EARLY Mon-Fri"}
 * @param start when the shift starts, local time
 * @param length the shift's length including the lunch break, e.g. 8 h 30 min for 8 paid hours
 * @param workingDays the days of the week the pattern works; iterates Monday first
 */
public record ShiftPattern(String name, LocalTime start, Duration length, Set<DayOfWeek> workingDays) {

    /**
     * Validates the pattern and copies the working days.
     *
     * @throws IllegalArgumentException if the name is blank, the length is not between 1 and 12 hours, the shift
     *     would run past midnight, or there is no working day
     */
    public ShiftPattern {
        requireArgument(!name.isBlank(), "shift pattern name must not be blank");
        requireArgument(
                length.compareTo(Duration.ofHours(1)) >= 0 && length.compareTo(Duration.ofHours(12)) <= 0,
                "shift length must be between 1 and 12 hours: pattern=%s, length=%s",
                name,
                length);
        requireArgument(
                start.toSecondOfDay() + length.toSeconds() < Duration.ofDays(1).toSeconds(),
                "shift must end before midnight: pattern=%s, start=%s, length=%s",
                name,
                start,
                length);
        requireArgument(!workingDays.isEmpty(), "shift pattern needs a working day: pattern=%s", name);
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    }

    /**
     * {@return whether the pattern works on a day of the week}
     *
     * @param day the day of the week
     */
    public boolean worksOn(DayOfWeek day) {
        return workingDays.contains(day);
    }

    /** {@return when the shift ends on a day it is not clipped, local time} */
    public LocalTime end() {
        return start.plus(length);
    }
}
