package org.switchboard.server.kpi.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The periods the dashboard offers; every one but {@link #CUSTOM} is relative to today in the centre's zone. */
public enum PeriodChoice {
    /** Today, from local midnight. */
    TODAY,
    /** The day before today. */
    YESTERDAY,
    /** Monday of this week to today. */
    THIS_WEEK,
    /** Monday to Sunday of last week. */
    LAST_WEEK,
    /** The first of this month to today. */
    THIS_MONTH,
    /** From–to as the user enters them, both days included. */
    CUSTOM;

    /** {@return the URL and message-key form of the choice, e.g. {@code this-week}} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the choice with this slug, if any} */
    public static Optional<PeriodChoice> fromSlug(String slug) {
        for (var choice : values()) {
            if (choice.slug().equals(slug)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the days of a relative choice, for {@link #CUSTOM} the days given}
     *
     * @param today today in the centre's zone
     * @param customFrom first day of a custom period
     * @param customTo last day of a custom period (included)
     */
    public ReportPeriod resolve(LocalDate today, LocalDate customFrom, LocalDate customTo) {
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (this) {
            case TODAY -> new ReportPeriod(today, today);
            case YESTERDAY -> new ReportPeriod(today.minusDays(1), today.minusDays(1));
            case THIS_WEEK -> new ReportPeriod(monday, today);
            case LAST_WEEK -> new ReportPeriod(monday.minusWeeks(1), monday.minusDays(1));
            case THIS_MONTH -> new ReportPeriod(today.withDayOfMonth(1), today);
            case CUSTOM -> new ReportPeriod(customFrom, customTo);
        };
    }
}
