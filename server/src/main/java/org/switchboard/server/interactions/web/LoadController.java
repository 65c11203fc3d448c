package org.switchboard.server.interactions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.server.interactions.Importer;

/**
 * One load's page: its counts and its rejected lines (masked for roles that may not see customer data), the rejects
 * as CSV, and the quarantine actions on a line: fix and re-submit, or discard. Post-Redirect-Get with a flash notice.
 */
@Controller
class LoadController {

    /** One load's page. */
    static final String LOAD = "/interactions/loads/{id}";

    /** One load's rejected lines as CSV. */
    static final String REJECTS_CSV = LOAD + "/rejects.csv";

    /**
     * Re-submits a quarantined line, corrected (POST, field {@code rawText}); only for the roles that see lines
     * unmasked (the security rules say so), since the others could not have corrected what they cannot read.
     */
    static final String RESUBMIT = "/interactions/loads/{load}/rejections/{id}/resubmit";

    /** Discards a quarantined line (POST). */
    static final String DISCARD = "/interactions/loads/{load}/rejections/{id}/discard";

    /** Rejected lines shown on the page; the CSV has them all. */
    static final int REJECTIONS_SHOWN = 500;

    private final LoadViews loadViews;
    private final Importer importer;
    private final Quarantine quarantine;
    private final MessageSource messages;
    private final ZoneId centreZone;

    LoadController(
            LoadViews loadViews,
            Importer importer,
            Quarantine quarantine,
            MessageSource messages,
            @Value("${switchboard.time-zone:UTC}") ZoneId centreZone) {
        this.loadViews = loadViews;
        this.importer = importer;
        this.quarantine = quarantine;
        this.messages = messages;
        this.centreZone = centreZone;
    }

    @GetMapping(LOAD)
    String load(@PathVariable long id, Authentication user, Model model) {
        var load = loadViews.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("load", load);
        model.addAttribute("rejections", loadViews.rejections(id, REJECTIONS_SHOWN, user));
        model.addAttribute("canEdit", LoadViews.canEdit(user));
        model.addAttribute("seesRaw", LoadViews.seesRaw(user));
        model.addAttribute("zone", centreZone);
        return "interactions/load";
    }

    @GetMapping(REJECTS_CSV)
    void rejectsCsv(@PathVariable long id, Authentication user, Locale locale, HttpServletResponse response)
            throws IOException {
        importer.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("rejects-" + id + ".csv")
                .build()
                .toString());
        RejectsCsv.write(
                response.getOutputStream(),
                action -> importer.forEachRejection(id, action),
                LoadViews.mask(user),
                key -> messages.getMessage(key, null, key, locale));
    }

    @PostMapping(RESUBMIT)
    String resubmit(
            @PathVariable long load,
            @PathVariable long id,
            @RequestParam(name = "rawText", defaultValue = "") String rawText,
            Authentication user,
            RedirectAttributes redirect) {
        switch (quarantine.resubmit(load, id, rawText, user.getName())) {
            case Quarantine.Stored stored -> notice(redirect, "interactions.quarantine.resubmitted",
                    String.valueOf(stored.outcome().loadId()));
            case Quarantine.Refused refused -> failure(redirect, "interactions.quarantine.refused",
                    refused.problems().stream()
                            .map(problem -> problem.field() + " \"" + problem.value() + "\": " + problem.reason())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""));
            case Quarantine.Impossible impossible -> failure(redirect, impossible.reasonKey(), String.valueOf(id));
        }
        return "redirect:/interactions/loads/" + load;
    }

    @PostMapping(DISCARD)
    String discard(@PathVariable long load, @PathVariable long id, RedirectAttributes redirect) {
        if (quarantine.discard(load, id)) {
            notice(redirect, "interactions.quarantine.discarded", String.valueOf(id));
        } else {
            failure(redirect, "interactions.quarantine.not-quarantined", String.valueOf(id));
        }
        return "redirect:/interactions/loads/" + load;
    }

    private static void notice(RedirectAttributes redirect, String key, String argument) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeArgument", argument);
    }

    private static void failure(RedirectAttributes redirect, String key, String argument) {
        redirect.addFlashAttribute("failure", key);
        redirect.addFlashAttribute("failureArgument", argument);
    }
}
