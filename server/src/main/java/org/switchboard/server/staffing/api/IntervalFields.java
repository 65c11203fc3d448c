package org.switchboard.server.staffing.api;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.switchboard.server.staffing.IntervalQuestion;
import org.switchboard.server.staffing.StaffingModel;

/** The fields of one interval that the requirement and the evaluation requests share. */
interface IntervalFields {

    @Nullable String model();

    @Nullable Double contacts();

    @Nullable Integer intervalMinutes();

    @Nullable Double ahtSeconds();

    @Nullable Double serviceLevelTarget();

    @Nullable Double serviceLevelSeconds();

    @Nullable Double maxAsaSeconds();

    @Nullable Double maxAbandonRate();

    @Nullable Double maxOccupancy();

    @Nullable Double patienceSeconds();

    @Nullable Double shrinkage();

    @Nullable Integer chatConcurrency();

    @Nullable Double handleTimeGrowth();

    @Nullable Double blockingTarget();

    /**
     * {@return the question these fields ask}
     *
     * @throws IllegalArgumentException naming the field when one is missing or breaks its rule
     */
    default IntervalQuestion toQuestion() {
        var name = required(model(), "model");
        var staffingModel = StaffingModel.fromSlug(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "model must be erlang-b, erlang-c or erlang-a: " + name));
        return new IntervalQuestion(
                staffingModel,
                required(contacts(), "contacts"),
                required(intervalMinutes(), "intervalMinutes"),
                required(ahtSeconds(), "ahtSeconds"),
                optional(serviceLevelTarget()),
                orDefault(serviceLevelSeconds(), IntervalQuestion.DEFAULT_SERVICE_LEVEL_SECONDS),
                optional(maxAsaSeconds()),
                optional(maxAbandonRate()),
                optional(maxOccupancy()),
                optional(patienceSeconds()),
                orDefault(shrinkage(), 0.0),
                chatConcurrency() == null ? 1 : chatConcurrency(),
                orDefault(handleTimeGrowth(), 0.0),
                orDefault(blockingTarget(), IntervalQuestion.DEFAULT_BLOCKING_TARGET));
    }

    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static OptionalDouble optional(@Nullable Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static double orDefault(@Nullable Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
