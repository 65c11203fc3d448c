package org.switchboard.server.forecast.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.switchboard.server.forecast.calendar.SpecialDay;
import org.switchboard.server.forecast.calendar.SpecialDayKind;

/**
 * A special day to add to the calendar.
 *
 * @param day the day
 * @param kind holiday, campaign, outage or bill run
 * @param effectPercent the effect on the day's volume in percent, at least −100; empty to learn it from past days of
 *     the same kind
 * @param note what the event is, up to 500 characters
 */
public record SpecialDayForm(
        @NotNull(message = "{forecast.error.special-day}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate day,
        @NotNull(message = "{forecast.error.kind}") @Nullable SpecialDayKind kind,
        @DecimalMin(value = "-100", message = "{forecast.error.effect}") @Nullable Double effectPercent,
        @Size(max = SpecialDay.MAX_NOTE_LENGTH, message = "{forecast.error.note}") @Nullable String note) {}
