package org.switchboard.server.voice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.StaffFigures;
import org.switchboard.server.voice.StaffGroup;
import org.switchboard.server.voice.SurveyCatalogue;
import org.switchboard.server.voice.SurveyFigures;
import org.switchboard.server.voice.web.VoicePage;
import org.switchboard.server.voice.web.VoiceRequest;

/**
 * The customer-voice REST API ({@value #BASE}): the surveys, the metrics of a customer survey for a filter (the same
 * figures as the dashboard), and the anonymous staff-survey groups.
 */
@RestController
@RequestMapping(VoiceApi.BASE)
@Tag(name = "Customer voice", description = "CSAT, CDSAT, NPS, CES and eNPS with confidence intervals.")
class VoiceApi {

    /** The base path. */
    static final String BASE = "/api/v1/customer-voice";

    private final SurveyCatalogue catalogue;
    private final SurveyFigures figures;
    private final StaffFigures staff;
    private final VoicePage page;

    VoiceApi(SurveyCatalogue catalogue, SurveyFigures figures, StaffFigures staff, VoicePage page) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.staff = staff;
        this.page = page;
    }

    @GetMapping("/surveys")
    @Operation(summary = "The surveys with their questions, scales, boxes and touchpoints")
    List<SurveyJson> surveys() {
        var surveys = new ArrayList<>(catalogue.all(Audience.CUSTOMER));
        surveys.addAll(catalogue.all(Audience.STAFF));
        return surveys.stream().map(SurveyJson::of).toList();
    }

    @GetMapping("/metrics")
    @Operation(summary = "The metrics of a customer survey for a filter",
            description = "Query: survey (code; default the first), from and to (yyyy-MM; default the last three "
                    + "months with answers), touchpoint, channel, queue, team, agent. Shares are fractions 0–1 with "
                    + "95 % Wilson intervals, NPS is in points with the normal interval of a difference of shares; "
                    + "status INSUFFICIENT_DATA marks figures below the sample size of ± 5 points at 95 %.")
    MetricsJson metrics(@ModelAttribute VoiceRequest request) {
        var survey = page.survey(request, Audience.CUSTOMER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer survey"));
        var filter = page.filter(survey, request);
        return new MetricsJson(survey.code(), YearMonth.from(filter.fromMonth()).toString(),
                YearMonth.from(filter.toMonth()).toString(), filter.touchpoint(), filter.channel(), filter.queue(),
                filter.team(), filter.agent(),
                figures.report(survey, filter).stream().map(QuestionJson::of).toList());
    }

    @GetMapping("/staff")
    @Operation(summary = "The staff survey by anonymous group",
            description = "Query: survey, from, to. Groups of fewer than 5 respondents are never returned; teams "
                    + "too small to show alone are only part of \"*\" (other teams), and only when those hold 5 or "
                    + "more.")
    List<StaffGroupJson> staff(@ModelAttribute VoiceRequest request) {
        var survey = page.survey(request, Audience.STAFF)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no staff survey"));
        var filter = page.filter(survey, request);
        var report = staff.report(survey, filter.fromMonth(), filter.toMonth());
        var groups = new ArrayList<StaffGroup>();
        report.everyone().ifPresent(groups::add);
        groups.addAll(report.teams());
        report.otherTeams().ifPresent(groups::add);
        return groups.stream().map(group -> new StaffGroupJson(group.name(), group.respondents(),
                group.questions().stream().map(QuestionJson::of).toList())).toList();
    }

    /**
     * The metrics of a survey for a filter.
     *
     * @param survey the survey's code
     * @param from the first month
     * @param to the last month
     * @param touchpoint the touchpoint filter
     * @param channel the channel filter
     * @param queue the queue filter
     * @param team the team filter
     * @param agent the agent filter
     * @param questions the figures per question
     */
    record MetricsJson(String survey, String from, String to, Optional<String> touchpoint, Optional<String> channel,
            Optional<String> queue, Optional<String> team, Optional<String> agent, List<QuestionJson> questions) {}

    /**
     * An anonymous group of the staff survey.
     *
     * @param group the team, {@code ""} for everyone, {@code *} for the other teams together
     * @param respondents how many answered (at least 5)
     * @param questions the figures per question
     */
    record StaffGroupJson(String group, long respondents, List<QuestionJson> questions) {}
}
