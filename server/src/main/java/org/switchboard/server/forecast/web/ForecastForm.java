package org.switchboard.server.forecast.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.switchboard.engine.forecast.ForecastMethod;
import org.switchboard.server.forecast.ForecastOrder;
import org.switchboard.server.forecast.versions.VersionRequest;

/**
 * What a planner asks for on the forecast page. Absent fields arrive as {@code null} and are reported next to their
 * field.
 *
 * @param source {@code facts} (the queue's interval facts) or {@code upload} (a history file sent with the form)
 * @param queue the queue: one with facts, or the name given to an uploaded history
 * @param intervalMinutes 15, 30 or 60
 * @param horizonDays days to forecast, 1 to 91 (13 weeks)
 * @param method {@code auto} or a method's command-line name
 * @param firstDay the first day to forecast, empty for the day after the history
 */
public record ForecastForm(
        @NotNull(message = "{forecast.error.source}") @Nullable String source,
        @NotBlank(message = "{forecast.error.queue}") @Size(max = 64, message = "{forecast.error.queue}")
        @Nullable String queue,
        @NotNull(message = "{forecast.error.interval}") @Nullable Integer intervalMinutes,
        @NotNull(message = "{forecast.error.horizon}")
        @Min(value = 1, message = "{forecast.error.horizon}")
        @Max(value = VersionRequest.MAX_HORIZON_DAYS, message = "{forecast.error.horizon}")
        @Nullable Integer horizonDays,
        @NotNull(message = "{forecast.error.method}") @Nullable String method,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDay) {

    /** The history from the facts. */
    static final String FACTS = "facts";

    /** The history from an uploaded file. */
    static final String UPLOAD = "upload";

    /** Interval lengths offered. */
    static final List<Integer> INTERVALS = List.of(15, 30, 60);

    /** {@return the methods offered: auto, then every method by its command-line name} */
    static List<String> methods() {
        return Stream.concat(Stream.of(ForecastOrder.AUTO), Arrays.stream(ForecastMethod.values())
                .map(ForecastMethod::cliName)).toList();
    }

    /** {@return the form as first shown: facts of the first queue, 30 minutes, four weeks, automatic choice} */
    static ForecastForm initial(List<String> queues) {
        return new ForecastForm(FACTS, queues.isEmpty() ? "" : queues.getFirst(), 30, 28, ForecastOrder.AUTO, null);
    }

    /** {@return whether the source is facts or upload} */
    @AssertTrue(message = "{forecast.error.source}")
    public boolean isSourceKnown() {
        return source == null || FACTS.equals(source) || UPLOAD.equals(source);
    }

    /** {@return whether the interval length is one of {@link #INTERVALS}} */
    @AssertTrue(message = "{forecast.error.interval}")
    public boolean isIntervalOffered() {
        return intervalMinutes == null || INTERVALS.contains(intervalMinutes);
    }

    /** {@return whether the method is auto or a known method} */
    @AssertTrue(message = "{forecast.error.method}")
    public boolean isMethodKnown() {
        return method == null || methods().contains(method);
    }

    /** {@return whether the history comes from an uploaded file} */
    boolean isUpload() {
        return UPLOAD.equals(source);
    }

    /**
     * {@return the order of a validated form}
     *
     * @throws IllegalStateException if the form has not been validated
     */
    ForecastOrder order() {
        if (queue == null || intervalMinutes == null || horizonDays == null || method == null) {
            throw new IllegalStateException("the form must be valid before it is used");
        }
        return new ForecastOrder(queue.strip(), intervalMinutes, horizonDays, method, Optional.ofNullable(firstDay));
    }
}
