package org.switchboard.server.forecast.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A manual adjustment: scale a day, or a range of its intervals, by a percentage (+10 for 10 % more contacts, −100
 * for none). Without times the whole day is scaled; an end time of 00:00 means the end of the day.
 *
 * @param day the day
 * @param from the first interval's start time, empty for midnight
 * @param to the end time (excluded), empty for the end of the day
 * @param percent the adjustment in percent, at least −100; 0 removes an earlier one
 */
public record AdjustmentForm(
        @NotNull(message = "{forecast.error.adjust-day}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate day,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime to,
        @NotNull(message = "{forecast.error.adjust-percent}")
        @DecimalMin(value = "-100", message = "{forecast.error.adjust-percent}")
        @Nullable Double percent) {

    /** {@return whether the range is not empty} */
    @AssertTrue(message = "{forecast.error.adjust-range}")
    public boolean isRangeOrdered() {
        return day == null || end().isAfter(start());
    }

    /**
     * {@return the first interval's local start}
     *
     * @throws IllegalStateException if the form has not been validated
     */
    LocalDateTime start() {
        return validDay().atTime(from == null ? LocalTime.MIDNIGHT : from);
    }

    /**
     * {@return the range's local end (excluded)}
     *
     * @throws IllegalStateException if the form has not been validated
     */
    LocalDateTime end() {
        return to == null || to.equals(LocalTime.MIDNIGHT) ? validDay().plusDays(1).atStartOfDay() : validDay().atTime(to);
    }

    private LocalDate validDay() {
        if (day == null) {
            throw new IllegalStateException("the form must be valid before it is used");
        }
        return day;
    }
}
