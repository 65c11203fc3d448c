package org.switchboard.server.forecast.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.switchboard.server.forecast.calendar.SpecialDay;

/**
 * History of a queue to mark as an outlier: its intervals in [{@code from}, {@code to}) are left out of fitting.
 *
 * @param queue the queue
 * @param from the first interval's local start
 * @param to the end (excluded)
 * @param note why, up to 500 characters
 */
public record OutlierForm(
        @NotBlank(message = "{forecast.error.queue}") @Size(max = 64, message = "{forecast.error.queue}")
        @Nullable String queue,
        @NotNull(message = "{forecast.error.outlier-range}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        @Nullable LocalDateTime from,
        @NotNull(message = "{forecast.error.outlier-range}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        @Nullable LocalDateTime to,
        @Size(max = SpecialDay.MAX_NOTE_LENGTH, message = "{forecast.error.note}") @Nullable String note) {

    /** {@return whether the range is not empty} */
    @AssertTrue(message = "{forecast.error.outlier-range}")
    public boolean isRangeOrdered() {
        return from == null || to == null || to.isAfter(from);
    }
}
