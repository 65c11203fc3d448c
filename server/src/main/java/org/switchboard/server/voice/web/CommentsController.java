package org.switchboard.server.voice.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.store.CommentStore;

/**
 * The comments list ({@value #COMMENTS}) with search: newest first, 50 a page, each with its date, language, channel,
 * queue and the answer to the survey's first question. Only {@link VoiceAccess#readsComments() comment readers} see
 * the text and may search it; the others see that a comment exists and its length, so that they can neither read nor
 * probe it by searching.
 */
@Controller
class CommentsController {

    /** The comments list. */
    static final String COMMENTS = "/customer-voice/comments";

    /** Comments per page. */
    static final int PAGE_SIZE = 50;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final VoicePage page;
    private final CommentStore comments;
    private final ZoneId zone;

    CommentsController(VoicePage page, CommentStore comments, @Value("${switchboard.time-zone:UTC}") ZoneId zone) {
        this.page = page;
        this.comments = comments;
        this.zone = zone;
    }

    @GetMapping(COMMENTS)
    String comments(@ModelAttribute VoiceRequest request, @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "page", defaultValue = "0") int pageNumber, Authentication user, Model model,
            Locale locale) {
        var survey = page.survey(request, Audience.CUSTOMER);
        if (survey.isEmpty()) {
            return "voice/empty";
        }
        var access = VoiceAccess.of(user);
        var filter = page.filter(survey.get(), request);
        page.addFilter(model, survey.get(), filter, Audience.CUSTOMER);
        var search = access.readsComments() && q != null && !q.isBlank() ? Optional.of(q.strip()) : Optional.<String>empty();
        int offset = Math.max(0, pageNumber) * PAGE_SIZE;
        var rows = comments.customerComments(filter, search, survey.get().questions().getFirst().id(), offset,
                PAGE_SIZE + 1);
        model.addAttribute("readsComments", access.readsComments());
        model.addAttribute("search", search.orElse(""));
        model.addAttribute("headline", survey.get().questions().getFirst().text(locale.toLanguageTag()));
        model.addAttribute("comments", rows.stream().limit(PAGE_SIZE)
                .map(c -> new CommentView(WHEN.format(c.answeredAt().atZone(zone)), c.language(), c.channel(),
                        c.queue(), c.answer().map(String::valueOf).orElse(FigureView.NONE),
                        access.readsComments() ? Optional.of(c.text()) : Optional.empty(), c.text().length()))
                .toList());
        model.addAttribute("pageNumber", Math.max(0, pageNumber));
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        return "voice/comments";
    }

    /**
     * A comment as the list shows it.
     *
     * @param when answer time in the centre's zone
     * @param language the answer language
     * @param channel the channel
     * @param queue the linked contact's queue
     * @param answer the answer to the first question
     * @param text the comment, only for comment readers
     * @param length the comment's length in characters
     */
    record CommentView(String when, String language, String channel, String queue, String answer,
            Optional<String> text, int length) {}
}
