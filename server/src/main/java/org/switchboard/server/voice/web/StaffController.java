package org.switchboard.server.voice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.StaffFigures;
import org.switchboard.server.voice.StaffGroup;
import org.switchboard.server.voice.VoiceRoles;
import org.switchboard.server.voice.store.CommentStore;

/**
 * The eNPS and staff-survey page ({@value #STAFF}): everyone's figures, then the teams that the anonymity rule lets
 * show one by one, then the other teams together; never a person and never fewer than
 * {@link VoiceRoles#MIN_STAFF_GROUP} respondents. Comment readers also see the comments, sorted by text, with no team
 * or month.
 */
@Controller
class StaffController {

    /** The staff page. */
    static final String STAFF = "/customer-voice/staff";

    private final VoicePage page;
    private final StaffFigures figures;
    private final CommentStore comments;
    private final MessageSource messages;

    StaffController(VoicePage page, StaffFigures figures, CommentStore comments, MessageSource messages) {
        this.page = page;
        this.figures = figures;
        this.comments = comments;
        this.messages = messages;
    }

    @GetMapping(STAFF)
    String staff(@ModelAttribute VoiceRequest request, Authentication user, Model model, Locale locale) {
        var survey = page.survey(request, Audience.STAFF);
        if (survey.isEmpty()) {
            return "voice/empty";
        }
        var filter = page.filter(survey.get(), request);
        page.addFilter(model, survey.get(), filter, Audience.STAFF);
        var report = figures.report(survey.get(), filter.fromMonth(), filter.toMonth());
        model.addAttribute("minimumGroup", VoiceRoles.MIN_STAFF_GROUP);
        var groups = new ArrayList<GroupView>();
        report.everyone().ifPresent(group -> groups.add(view(group, locale)));
        report.teams().forEach(group -> groups.add(view(group, locale)));
        report.otherTeams().ifPresent(group -> groups.add(view(group, locale)));
        model.addAttribute("everyone", report.everyone());
        model.addAttribute("groups", groups);
        model.addAttribute("hiddenTeams", report.hiddenTeams());
        boolean showComments = VoiceAccess.of(user).readsComments() && report.everyone().isPresent();
        model.addAttribute("readsComments", VoiceAccess.of(user).readsComments());
        model.addAttribute("staffComments", showComments
                ? comments.staffComments(survey.get().id(), filter.fromMonth(), filter.toMonth()) : List.of());
        return "voice/staff";
    }

    private GroupView view(StaffGroup group, Locale locale) {
        var name = switch (group.name()) {
            case StaffGroup.EVERYONE -> messages.getMessage("voice.staff.everyone", null, locale);
            case StaffGroup.OTHER_TEAMS -> messages.getMessage("voice.staff.other-teams", null, locale);
            default -> group.name();
        };
        return new GroupView(name, group.respondents(),
                group.questions().stream().map(q -> QuestionView.of(q, messages, locale)).toList());
    }

    /**
     * A group of respondents as the page shows it.
     *
     * @param name the team, or "everyone", or "other teams"
     * @param respondents how many answered
     * @param questions the figures per question
     */
    record GroupView(String name, long respondents, List<QuestionView> questions) {}
}
