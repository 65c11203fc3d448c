package org.switchboard.server.voice.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.Question;
import org.switchboard.server.voice.Survey;
import org.switchboard.server.voice.SurveyCatalogue;
import org.switchboard.server.voice.VoiceFilter;
import org.switchboard.server.voice.store.AnswerCounts;

/**
 * Turns a {@link VoiceRequest} into the survey and filter of a page, and puts the filter form's choices on the model:
 * the surveys of the audience, the months, the touchpoints of the survey's questions and the channels, queues, teams
 * and agents that have answers in the chosen months.
 */
@Component
public class VoicePage {

    /** Months shown when the request names none: the last three with answers. */
    static final int DEFAULT_MONTHS = 3;

    private final SurveyCatalogue catalogue;
    private final AnswerCounts counts;

    VoicePage(SurveyCatalogue catalogue, AnswerCounts counts) {
        this.catalogue = catalogue;
        this.counts = counts;
    }

    /**
     * {@return the survey the request names, or the first of the audience; empty when there is none}
     *
     * @throws ResponseStatusException 404 when the named survey does not exist or is for the other audience
     */
    public Optional<Survey> survey(VoiceRequest request, Audience audience) {
        var surveys = catalogue.all(audience);
        if (isBlank(request.survey())) {
            return surveys.stream().findFirst();
        }
        return Optional.of(surveys.stream().filter(s -> s.code().equals(request.survey())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no " + audience.name().toLowerCase(java.util.Locale.ROOT) + " survey " + request.survey())));
    }

    /**
     * {@return the filter of the request on the survey}
     *
     * @throws ResponseStatusException 400 when a month cannot be read
     */
    public VoiceFilter filter(Survey survey, VoiceRequest request) {
        var to = month(request.to());
        var from = month(request.from());
        // the months held are looked up only when the request leaves a month open
        var range = to.isPresent() && from.isPresent() ? Optional.<List<LocalDate>>empty()
                : counts.monthRange(survey.id());
        var last = to.orElse(range.map(List::getLast).orElse(YearMonth.now().atDay(1)));
        var first = from.orElse(range.map(r -> laterOf(r.getFirst(), last.minusMonths(DEFAULT_MONTHS - 1)))
                .orElse(last));
        if (first.isAfter(last)) {
            first = last;
        }
        return new VoiceFilter(survey.id(), first, last, present(request.touchpoint()), present(request.channel()),
                present(request.queue()), present(request.team()), present(request.agent()));
    }

    /** Puts the surveys, the filter and its choices on the model, and the query string as {@code query}. */
    public void addFilter(Model model, Survey survey, VoiceFilter filter, Audience audience) {
        model.addAttribute("surveys", catalogue.all(audience));
        model.addAttribute("survey", survey);
        model.addAttribute("filter", filter);
        model.addAttribute("fromMonth", YearMonth.from(filter.fromMonth()).toString());
        model.addAttribute("toMonth", YearMonth.from(filter.toMonth()).toString());
        model.addAttribute("touchpoints", survey.questions().stream().map(Question::touchpoint).distinct().sorted()
                .toList());
        if (audience == Audience.CUSTOMER) {
            model.addAttribute("channels", counts.values(filter, AnswerCounts.Dimension.CHANNEL));
            model.addAttribute("queues", counts.values(filter, AnswerCounts.Dimension.QUEUE));
            model.addAttribute("teams", counts.values(filter, AnswerCounts.Dimension.TEAM));
            model.addAttribute("agents", counts.values(filter, AnswerCounts.Dimension.AGENT));
        }
        model.addAttribute("query", query(survey, filter));
    }

    /** {@return the query string that reproduces the filter, for links and exports} */
    public static String query(Survey survey, VoiceFilter filter) {
        var builder = UriComponentsBuilder.newInstance()
                .queryParam("survey", survey.code())
                .queryParam("from", YearMonth.from(filter.fromMonth()))
                .queryParam("to", YearMonth.from(filter.toMonth()));
        filter.touchpoint().ifPresent(v -> builder.queryParam("touchpoint", v));
        filter.channel().ifPresent(v -> builder.queryParam("channel", v));
        filter.queue().ifPresent(v -> builder.queryParam("queue", v));
        filter.team().ifPresent(v -> builder.queryParam("team", v));
        filter.agent().ifPresent(v -> builder.queryParam("agent", v));
        return builder.encode().build().getQuery();
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Optional<LocalDate> month(@Nullable String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip()).atDay(1));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a month is written yyyy-MM: " + text);
        }
    }

    private static Optional<String> present(@Nullable String text) {
        return isBlank(text) ? Optional.empty() : Optional.of(text.strip());
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
