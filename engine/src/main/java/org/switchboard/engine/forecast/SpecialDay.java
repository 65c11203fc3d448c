package org.switchboard.engine.forecast;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One day of the special-days calendar.
 *
 * @param date the local date
 * @param kind what happens that day
 * @param effectPercent the entered effect on volume in percent ({@code -100} closes the day, {@code +30} raises it by
 *     30 %); empty to learn it from past days of the same kind
 */
public record SpecialDay(LocalDate date, SpecialDayKind kind, OptionalDouble effectPercent) {

    /**
     * Validates the day.
     *
     * @throws IllegalArgumentException if the effect is below −100 % or not finite
     */
    public SpecialDay {
        if (effectPercent.isPresent()) {
            double percent = effectPercent.getAsDouble();
            requireArgument(
                    Double.isFinite(percent) && percent >= -100,
                    "effect must be a finite percentage of at least -100: date=%s, effect=%s",
                    date,
                    percent);
        }
    }
}
