package org.switchboard.server.kpi.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.core.Channel;
import org.switchboard.server.kpi.dashboard.DashboardFilter;
import org.switchboard.server.kpi.dashboard.PeriodChoice;
import org.switchboard.server.kpi.dashboard.ReportPeriod;

/**
 * The dashboard's query parameters as sent: {@code period} (today, yesterday, this-week, last-week, this-month,
 * custom), {@code from} and {@code to} (ISO dates, both included, for custom), {@code queue}, {@code channel},
 * {@code team} and {@code agent}; blank means "all". Shared by the page, the agent table and the exports, so that they
 * show the same figures.
 *
 * @param period the period's slug, default today
 * @param from the first day of a custom period
 * @param to the last day of a custom period
 * @param queue one queue, or blank
 * @param channel one channel's name, or blank
 * @param team one team, or blank
 * @param agent one agent id, or blank
 */
record DashboardRequest(
        @Nullable String period,
        @Nullable String from,
        @Nullable String to,
        @Nullable String queue,
        @Nullable String channel,
        @Nullable String team,
        @Nullable String agent) {

    /**
     * {@return the filter, or the bundle key of why the parameters are refused}
     *
     * @param today today in the centre's zone
     */
    Outcome toFilter(LocalDate today) {
        var choice = PeriodChoice.fromSlug(blankToNull(period) == null ? "today" : period);
        if (choice.isEmpty()) {
            return new Refused("kpi.error.period");
        }
        Optional<Channel> channelChoice;
        try {
            channelChoice = Optional.ofNullable(blankToNull(channel)).map(Channel::valueOf);
        } catch (IllegalArgumentException unknown) {
            return new Refused("kpi.error.channel");
        }
        LocalDate first = today;
        LocalDate last = today;
        if (choice.get() == PeriodChoice.CUSTOM) {
            try {
                first = LocalDate.parse(String.valueOf(blankToNull(from)));
                last = LocalDate.parse(String.valueOf(blankToNull(to)));
            } catch (DateTimeParseException unreadable) {
                return new Refused("kpi.error.dates");
            }
            if (last.isBefore(first) || first.plusDays(ReportPeriod.MAX_DAYS).isBefore(last.plusDays(1))) {
                return new Refused("kpi.error.range");
            }
        }
        ReportPeriod days = choice.get().resolve(today, first, last);
        return new Accepted(new DashboardFilter(choice.get(), days, optional(queue), channelChoice, optional(team),
                optional(agent)));
    }

    /** {@return today's figures of every queue, channel and agent: the page's default} */
    static DashboardFilter unfiltered(LocalDate today) {
        return new DashboardFilter(PeriodChoice.TODAY, PeriodChoice.TODAY.resolve(today, today, today), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> optional(@Nullable String value) {
        return Optional.ofNullable(blankToNull(value));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The result of reading the parameters. */
    sealed interface Outcome permits Accepted, Refused {}

    /**
     * The parameters make a filter.
     *
     * @param filter the filter
     */
    record Accepted(DashboardFilter filter) implements Outcome {}

    /**
     * The parameters are refused.
     *
     * @param messageKey the bundle key of the reason, naming the field
     */
    record Refused(String messageKey) implements Outcome {}
}
