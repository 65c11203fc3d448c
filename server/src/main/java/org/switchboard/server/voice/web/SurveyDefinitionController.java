package org.switchboard.server.voice.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.engine.voice.Box;
import org.switchboard.engine.voice.Boxes;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.engine.voice.Scale;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.Question;
import org.switchboard.server.voice.Survey;
import org.switchboard.server.voice.SurveyCatalogue;

/**
 * Survey definitions ({@value #SURVEYS}): the list of surveys with their questions and the "new survey" form with
 * {@value #ROWS} question rows (empty rows are ignored). Scales and boxes are checked by the engine's {@link Scale} and
 * {@link Boxes}; every refusal is shown next to its field in the user's language and nothing is stored. Defining a
 * survey needs one of {@link org.switchboard.server.voice.VoiceRoles#EDITORS} (see {@code SecurityConfiguration}).
 */
@Controller
class SurveyDefinitionController {

    /** The survey list and the definition of a new survey. */
    static final String SURVEYS = "/customer-voice/surveys";

    /** How many question rows the form offers. */
    static final int ROWS = 3;

    private static final Pattern RANGE = Pattern.compile("\\s*(-?\\d{1,4})\\s*[-–]\\s*(-?\\d{1,4})\\s*");

    private final SurveyCatalogue catalogue;
    private final AuditLog auditLog;
    private final MessageSource messages;

    SurveyDefinitionController(SurveyCatalogue catalogue, AuditLog auditLog, MessageSource messages) {
        this.catalogue = catalogue;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @GetMapping(SURVEYS)
    String surveys(Authentication user, Model model) {
        var surveys = new ArrayList<Survey>(catalogue.all(Audience.CUSTOMER));
        surveys.addAll(catalogue.all(Audience.STAFF));
        model.addAttribute("surveys", surveys);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("rows", ROWS);
        model.addAttribute("mayDefine", VoiceAccess.of(user).imports());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
            model.addAttribute("errors", Map.of());
        }
        return "voice/surveys";
    }

    @PostMapping(SURVEYS)
    String define(@RequestParam Map<String, String> form, Authentication user, Locale locale, Model model,
            RedirectAttributes redirect) {
        var errors = new LinkedHashMap<String, String>();
        var survey = read(form, errors, locale);
        if (survey.isEmpty() || !errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return surveys(user, model);
        }
        var stored = catalogue.define(survey.get());
        auditLog.record("SURVEY_DEFINED", "voice_survey", String.valueOf(stored.id()),
                "code=" + stored.code() + "; questions=" + stored.questions().size());
        redirect.addFlashAttribute("defined", stored.code());
        return "redirect:" + SURVEYS;
    }

    /** Reads the form into a survey, putting each refusal under its field's name; empty when any field is refused. */
    private Optional<Survey> read(Map<String, String> form, Map<String, String> errors, Locale locale) {
        var code = value(form, "code");
        if (code.isEmpty() || code.length() > 64) {
            errors.put("code", text(locale, "svdef.error.code", code));
        } else if (catalogue.find(code).isPresent()) {
            errors.put("code", text(locale, "svdef.error.duplicate", code));
        }
        var name = value(form, "name");
        if (name.isEmpty()) {
            errors.put("name", text(locale, "svdef.error.name"));
        }
        var audience = Audience.CUSTOMER.name().equals(value(form, "audience")) ? Audience.CUSTOMER : Audience.STAFF;
        var questions = new ArrayList<Question>();
        var codes = new ArrayList<String>();
        for (int row = 0; row < ROWS; row++) {
            var prefix = "q" + row + ".";
            var questionCode = value(form, prefix + "code");
            if (questionCode.isEmpty()) {
                continue;
            }
            if (questionCode.length() > 64 || codes.contains(questionCode)) {
                errors.put(prefix + "code", text(locale, "svdef.error.question-code", questionCode));
            }
            codes.add(questionCode);
            question(form, prefix, questionCode, errors, locale).ifPresent(questions::add);
        }
        if (codes.isEmpty()) {
            errors.put("q0.code", text(locale, "svdef.error.no-question"));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Survey(0, code, name, audience, questions));
    }

    private Optional<Question> question(
            Map<String, String> form, String prefix, String code, Map<String, String> errors, Locale locale) {
        QuestionKind kind;
        try {
            kind = QuestionKind.valueOf(value(form, prefix + "kind"));
        } catch (IllegalArgumentException e) {
            errors.put(prefix + "kind", text(locale, "svdef.error.kind", value(form, prefix + "kind")));
            return Optional.empty();
        }
        var touchpoint = value(form, prefix + "touchpoint");
        if (touchpoint.isEmpty() || touchpoint.length() > 64) {
            errors.put(prefix + "touchpoint", text(locale, "svdef.error.touchpoint"));
        }
        var scale = scale(form, prefix, errors, locale);
        if (scale.isEmpty()) {
            return Optional.empty();
        }
        var defaults = kind.defaultBoxes(scale.get());
        var top = box(form, prefix + "top", defaults.top(), errors, locale);
        var bottom = box(form, prefix + "bottom", defaults.bottom(), errors, locale);
        if (top.isEmpty() || bottom.isEmpty()) {
            return Optional.empty();
        }
        Boxes boxes;
        try {
            boxes = new Boxes(scale.get(), top.get(), bottom.get());
        } catch (IllegalArgumentException e) {
            errors.put(prefix + "top", text(locale, "svdef.error.boxes", range(top.get()), range(bottom.get()),
                    scale.get().min() + "–" + scale.get().max()));
            return Optional.empty();
        }
        if (errors.containsKey(prefix + "touchpoint")) {
            return Optional.empty();
        }
        var texts = new LinkedHashMap<String, String>();
        for (var language : List.of("en", "ru", "zh-CN")) {
            var wording = value(form, prefix + "text." + language);
            if (!wording.isEmpty()) {
                texts.put(language, wording);
            }
        }
        return Optional.of(new Question(0, code, kind, boxes, touchpoint, texts, Map.of()));
    }

    private Optional<Scale> scale(Map<String, String> form, String prefix, Map<String, String> errors, Locale locale) {
        var min = value(form, prefix + "min");
        var max = value(form, prefix + "max");
        try {
            return Optional.of(new Scale(Integer.parseInt(min), Integer.parseInt(max)));
        } catch (IllegalArgumentException e) {
            // NumberFormatException is an IllegalArgumentException: an unreadable bound and a 1-point scale alike
            errors.put(prefix + "scale", text(locale, "svdef.error.scale", min, max));
            return Optional.empty();
        }
    }

    private Optional<Box> box(
            Map<String, String> form, String field, Box fallback, Map<String, String> errors, Locale locale) {
        var written = value(form, field);
        if (written.isEmpty()) {
            return Optional.of(fallback);
        }
        var matcher = RANGE.matcher(written);
        if (matcher.matches()) {
            int from = Integer.parseInt(matcher.group(1));
            int to = Integer.parseInt(matcher.group(2));
            if (from <= to) {
                return Optional.of(new Box(from, to));
            }
        }
        errors.put(field, text(locale, "svdef.error.box", written));
        return Optional.empty();
    }

    private static String range(Box box) {
        return box.from() + "–" + box.to();
    }

    private static String value(Map<String, String> form, String field) {
        return form.getOrDefault(field, "").strip();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
