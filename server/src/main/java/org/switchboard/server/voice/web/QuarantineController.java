package org.switchboard.server.voice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.switchboard.engine.core.InputProblem;
import org.switchboard.server.voice.SurveyImporter;
import org.switchboard.server.voice.importing.RawValues;
import org.switchboard.server.voice.store.QuarantineLines;
import org.switchboard.server.voice.store.ResponseStore;

/**
 * The rejected lines of a survey load: all its problems as CSV ({@value #REJECTS_CSV}), and its quarantine
 * ({@value #QUARANTINE}), where each quarantined line is shown with its values and problems, corrected and
 * re-submitted ({@link SurveyImporter#resubmit}). Only {@link org.switchboard.server.voice.VoiceRoles#EDITORS} (see
 * {@code SecurityConfiguration}): the values are the source's as read, customer data included.
 */
@Controller
class QuarantineController {

    /** The problems of a load as CSV. */
    static final String REJECTS_CSV = "/customer-voice/imports/{load}/rejects.csv";

    /** The quarantine of a load, and the re-submission of one of its lines. */
    static final String QUARANTINE = "/customer-voice/imports/{load}/quarantine";

    private final ResponseStore loads;
    private final QuarantineLines quarantine;
    private final SurveyImporter importer;
    private final MessageSource messages;

    QuarantineController(ResponseStore loads, QuarantineLines quarantine, SurveyImporter importer,
            MessageSource messages) {
        this.loads = loads;
        this.quarantine = quarantine;
        this.importer = importer;
        this.messages = messages;
    }

    /**
     * A quarantined line as the page shows it.
     *
     * @param line the line
     * @param values its values by name ({@link RawValues}), fields first
     * @param problems why it is held
     */
    record HeldLine(long line, Map<String, String> values, List<InputProblem> problems) {}

    @GetMapping(REJECTS_CSV)
    void rejectsCsv(@PathVariable long load, Locale locale, HttpServletResponse response) throws IOException {
        loads.load(load).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("survey-rejects-" + load + ".csv").build().toString());
        RejectsCsv.write(response.getOutputStream(), action -> quarantine.forEachProblem(load, action),
                key -> messages.getMessage(key, null, key, locale));
    }

    @GetMapping(QUARANTINE)
    String quarantine(@PathVariable long load, Model model) {
        var row = loads.load(load).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var held = quarantine.held(load);
        var problems = new ArrayList<QuarantineLines.KeptProblem>();
        quarantine.forEachProblem(load, problems::add);
        var lines = held.stream().map(h -> new HeldLine(h.line(), RawValues.decode(h.rawValues()), problems.stream()
                .filter(p -> p.problem().line() == h.line() && p.status().equals("QUARANTINED"))
                .map(QuarantineLines.KeptProblem::problem).toList())).toList();
        model.addAttribute("load", row);
        model.addAttribute("lines", lines);
        model.addAttribute("fields", RawValues.FIELDS);
        return "voice/quarantine";
    }

    @PostMapping(QUARANTINE)
    String resubmit(@PathVariable long load, @RequestParam("line") long line,
            @RequestParam Map<String, String> form, Authentication user, RedirectAttributes redirect) {
        var outcome = importer.resubmit(load, line, form, user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "line " + line + " of load " + load + " is not in quarantine"));
        redirect.addFlashAttribute("resubmitted", line);
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/customer-voice/imports/" + load + "/quarantine";
    }
}
