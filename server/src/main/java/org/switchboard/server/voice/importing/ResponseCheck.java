package org.switchboard.server.voice.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.server.interactions.InteractionStore;
import org.switchboard.server.voice.RawResponse;
import org.switchboard.server.voice.Survey;

/**
 * Checks raw responses against their survey. A line is rejected for a missing response id, a date that cannot be
 * read, an unknown channel, an answer that is not a whole number or lies outside its question's scale, or when it
 * answers no question at all. An empty answer to one question is not an error (customers skip questions): the
 * question is left out and the line is kept with a warning.
 */
public final class ResponseCheck {

    /** The longest comment kept; longer ones are cut. */
    static final int MAX_COMMENT = 4000;

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z]{2,4})?");

    private final Survey survey;
    private final String file;
    private final ZoneId zone;
    private final DateTimeFormatter pattern;

    /**
     * Prepares the checks of one file or batch.
     *
     * @param survey the survey answered
     * @param file the file name (or {@code request}), for problems
     * @param zone the zone of local date-times
     * @param dateTimePattern the pattern of local date-times or dates
     */
    public ResponseCheck(Survey survey, String file, ZoneId zone, String dateTimePattern) {
        this.survey = survey;
        this.file = file;
        this.zone = zone;
        this.pattern = DateTimeFormatter.ofPattern(dateTimePattern, Locale.ROOT);
    }

    /**
     * Checks one response.
     *
     * @param raw the response as it arrived
     * @param rejections receives the problems that reject the line
     * @param warnings receives the problems of a line that is kept
     * @return the checked response, or empty when the line is rejected
     */
    public Optional<CheckedResponse> check(RawResponse raw, List<InputProblem> rejections, List<InputProblem> warnings) {
        var found = new ArrayList<InputProblem>();
        if (raw.responseId().isBlank() || raw.responseId().length() > 128) {
            found.add(problem(raw, "responseId", raw.responseId(), "a response id of 1 to 128 characters is required"));
        }
        var answeredAt = instant(raw, found);
        var channel = channel(raw, found);
        var answers = new LinkedHashMap<Long, Integer>();
        for (var question : survey.questions()) {
            var text = raw.answers().getOrDefault(question.code(), "");
            if (text.isBlank()) {
                if (raw.answers().containsKey(question.code())) {
                    warnings.add(problem(raw, question.code(), text, "empty answer: the question is left out"));
                }
                continue;
            }
            try {
                int answer = Integer.parseInt(text.strip());
                if (question.scale().contains(answer)) {
                    answers.put(question.id(), answer);
                } else {
                    found.add(problem(raw, question.code(), text, "answer outside the scale "
                            + question.scale().min() + ".." + question.scale().max()));
                }
            } catch (NumberFormatException e) {
                found.add(problem(raw, question.code(), text, "the answer is not a whole number"));
            }
        }
        if (found.isEmpty() && answers.isEmpty()) {
            found.add(problem(raw, "answers", "", "empty response: no question is answered"));
        }
        if (!found.isEmpty()) {
            rejections.addAll(found);
            return Optional.empty();
        }
        var comment = raw.comment().isBlank() ? Optional.<String>empty()
                : Optional.of(raw.comment().length() > MAX_COMMENT ? raw.comment().substring(0, MAX_COMMENT)
                        : raw.comment());
        return Optional.of(new CheckedResponse(
                raw.line(),
                raw.responseId(),
                answeredAt.orElseThrow(),
                present(raw.contactId()),
                present(raw.customer()).map(InteractionStore::customerHash),
                channel,
                language(raw.language()),
                present(raw.team()).map(team -> team.length() > 64 ? team.substring(0, 64) : team),
                comment,
                answers));
    }

    private Optional<java.time.Instant> instant(RawResponse raw, List<InputProblem> found) {
        var text = raw.answeredAt().strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notIsoWithOffset) {
            try {
                TemporalAccessor parsed = pattern.parseBest(text, LocalDateTime::from, LocalDate::from);
                var local = parsed instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) parsed;
                return Optional.of(local.atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                found.add(problem(raw, "answeredAt", text, "the date cannot be read (expected "
                        + pattern + " or ISO-8601 with an offset)"));
                return Optional.empty();
            }
        }
    }

    private Optional<String> channel(RawResponse raw, List<InputProblem> found) {
        if (raw.channel().isBlank()) {
            return Optional.empty();
        }
        var name = raw.channel().strip().toUpperCase(Locale.ROOT);
        try {
            return Optional.of(Channel.valueOf(name).name());
        } catch (IllegalArgumentException e) {
            found.add(problem(raw, "channel", raw.channel(), "unknown channel"));
            return Optional.empty();
        }
    }

    private static String language(String text) {
        var tag = text.strip().replace('_', '-');
        if (!LANGUAGE.matcher(tag).matches()) {
            return "en";
        }
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    private static Optional<String> present(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private InputProblem problem(RawResponse raw, String field, String value, String reason) {
        return new InputProblem(file, raw.line(), field, value, reason);
    }
}
