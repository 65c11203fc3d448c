package org.switchboard.server.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which answers a figure counts: one survey, a range of months, and optionally one touchpoint, channel, queue, team or
 * agent.
 *
 * @param surveyId the survey
 * @param fromMonth the first month (its first day)
 * @param toMonth the last month (its first day), inclusive
 * @param touchpoint only questions of this touchpoint
 * @param channel only responses of this channel
 * @param queue only responses linked to contacts of this queue
 * @param team only responses linked to contacts handled by this team
 * @param agent only responses linked to contacts handled by this agent
 */
public record VoiceFilter(
        long surveyId,
        LocalDate fromMonth,
        LocalDate toMonth,
        Optional<String> touchpoint,
        Optional<String> channel,
        Optional<String> queue,
        Optional<String> team,
        Optional<String> agent) {

    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException if a month is not a first day or the range is reversed
     */
    public VoiceFilter {
        requireArgument(fromMonth.getDayOfMonth() == 1 && toMonth.getDayOfMonth() == 1,
                "months are given by their first day: from=%s, to=%s", fromMonth, toMonth);
        requireArgument(!toMonth.isBefore(fromMonth), "the range is reversed: from=%s, to=%s", fromMonth, toMonth);
    }
}
