package org.switchboard.server.schedules;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a planner asks the solver for: a period, the requirement to cover in it and how long the solver may run.
 *
 * @param requirementLabel where the requirement comes from: a stored set's name or an uploaded file's name
 * @param requirementSetId the stored requirement set, when it comes from one
 * @param firstDay the first day to plan
 * @param days how many days to plan, 1 to {@value #MAX_DAYS}
 * @param intervalMinutes the length of the requirement's intervals
 * @param timeLimitSeconds the solver's time limit, 1 to {@value #MAX_TIME_LIMIT_SECONDS}
 * @param requirement the agents required per interval and skill
 */
public record PlanRequest(
        String requirementLabel,
        Optional<Long> requirementSetId,
        LocalDate firstDay,
        int days,
        int intervalMinutes,
        int timeLimitSeconds,
        List<RequirementPoint> requirement) {

    /** The longest period planned at once. */
    public static final int MAX_DAYS = 56;

    /** The longest time limit of a solve. */
    public static final int MAX_TIME_LIMIT_SECONDS = 600;

    /**
     * Validates the request and copies the requirement.
     *
     * @throws IllegalArgumentException if the label is blank, or the days or the time limit are out of range
     */
    public PlanRequest {
        requireArgument(!requirementLabel.isBlank(), "requirement label must not be blank");
        requireArgument(days >= 1 && days <= MAX_DAYS, "days must be in 1..%d: days=%d", MAX_DAYS, days);
        requireArgument(
                timeLimitSeconds >= 1 && timeLimitSeconds <= MAX_TIME_LIMIT_SECONDS,
                "time limit must be in 1..%d seconds: timeLimitSeconds=%d",
                MAX_TIME_LIMIT_SECONDS,
                timeLimitSeconds);
        requirement = List.copyOf(requirement);
    }

    /** {@return the day after the last planned day} */
    public LocalDate periodEnd() {
        return firstDay.plusDays(days);
    }
}
