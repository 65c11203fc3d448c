package org.switchboard.server.schedules.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.springframework.context.MessageSource;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.ShiftTemplate;
import org.switchboard.server.interactions.InteractionRoles;
import org.switchboard.server.schedules.RuleEditor;
import org.switchboard.server.schedules.RuleEntry;
import org.switchboard.server.schedules.RuleRefusedException;
import org.switchboard.server.schedules.RulesDocument;
import org.switchboard.server.schedules.ScheduleRoles;

/**
 * The rules editor ({@value #RULES}): the shift templates with their breaks, the contracts with the number of agents
 * under each, and the weights of the objective and of the soft goals, which later planning runs use. Planners ({@link ScheduleRoles#PLANNERS})
 * create, change and delete templates and contracts, change the weights and replace all rules by uploading a
 * RULES.json ({@link RulesDocument}), each audited by {@link RuleEditor}; the other roles of the section read the
 * lists and download the rules as RULES.json. A refused field is shown next to itself ({@link RuleForm}) and nothing is
 * stored.
 */
@Controller
class RulesController {

    /** The rules page. */
    static final String RULES = "/schedules/rules";

    /** The form of a new rule of a kind ({@code templates} or {@code contracts}); a POST to {@link #KIND} stores it. */
    static final String NEW_RULE = RULES + "/{kind}/new";

    static final String KIND = RULES + "/{kind}";
    static final String RULE = KIND + "/{ruleId}";
    static final String DELETE_RULE = RULE + "/delete";
    static final String WEIGHTS = RULES + "/weights";
    static final String DOWNLOAD = RULES + "/rules.json";
    static final String UPLOAD = RULES + "/import";

    private static final String NOTICE = "notice";
    private static final String SAVED = "schedweb.saved";
    private static final String DELETED = "schedweb.deleted";

    private final RuleEditor editor;
    private final MessageSource messages;
    private final Map<String, RuleKind<?>> kinds;

    RulesController(RuleEditor editor, MessageSource messages) {
        this.editor = editor;
        this.messages = messages;
        this.kinds = Map.of(
                "templates", new RuleKind<ShiftTemplate>("schedules/rule-template", RuleForm::template, RuleForm::values,
                        editor::template, editor::createTemplate, editor::changeTemplate, editor::deleteTemplate),
                "contracts", new RuleKind<Contract>("schedules/rule-contract", RuleForm::contract, RuleForm::values,
                        editor::contract, editor::createContract, editor::changeContract, editor::deleteContract));
    }

    @GetMapping(RULES)
    String rules(Authentication user, Model model) {
        model.addAttribute("templates", editor.templates());
        model.addAttribute("contracts", editor.contracts());
        model.addAttribute("agents", editor.agentsPerContract());
        model.addAttribute("canPlan", ScheduleRoles.canPlan(InteractionRoles.rolesOf(user)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RuleForm.values(editor.weights()));
            model.addAttribute("errors", Map.of());
        }
        return "schedules/rules";
    }

    @PostMapping(WEIGHTS)
    String weights(@RequestParam Map<String, String> form, Authentication user, Locale locale, Model model,
            RedirectAttributes redirect) {
        var reader = new RuleForm(form, messages, locale);
        var weights = reader.weights();
        if (weights.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", reader.errors());
            return rules(user, model);
        }
        editor.changeWeights(weights.get());
        redirect.addFlashAttribute(NOTICE, SAVED);
        return "redirect:" + RULES;
    }

    @GetMapping(NEW_RULE)
    String newRule(@PathVariable String kind, Model model) {
        return form(model, kind(kind).view(), Optional.empty(), Map.of(), Map.of());
    }

    @GetMapping(RULE)
    String rule(@PathVariable String kind, @PathVariable long ruleId, Model model) {
        var rules = kind(kind);
        return form(model, rules.view(), Optional.of(ruleId), rules.values(ruleId), Map.of());
    }

    @PostMapping(KIND)
    String create(@PathVariable String kind, @RequestParam Map<String, String> form, Locale locale, Model model,
            RedirectAttributes redirect) {
        return save(kind(kind), Optional.empty(), form, locale, model, redirect);
    }

    @PostMapping(RULE)
    String change(@PathVariable String kind, @PathVariable long ruleId, @RequestParam Map<String, String> form,
            Locale locale, Model model, RedirectAttributes redirect) {
        var rules = kind(kind);
        rules.values(ruleId);
        return save(rules, Optional.of(ruleId), form, locale, model, redirect);
    }

    @PostMapping(DELETE_RULE)
    String delete(@PathVariable String kind, @PathVariable long ruleId, RedirectAttributes redirect) {
        var rules = kind(kind);
        try {
            rules.delete().accept(ruleId);
            redirect.addFlashAttribute(NOTICE, DELETED);
        } catch (RuleRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
            redirect.addFlashAttribute("refusalArgument", refused.argument());
        }
        return "redirect:" + RULES;
    }

    @GetMapping(DOWNLOAD)
    ResponseEntity<byte[]> download() throws IOException {
        var out = new ByteArrayOutputStream();
        editor.document().write(out);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("RULES.json").build().toString())
                .body(out.toByteArray());
    }

    @PostMapping(UPLOAD)
    String upload(@RequestParam(required = false) @Nullable MultipartFile file, Locale locale,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", messages.getMessage("schedweb.upload.none", null, locale));
            return "redirect:" + RULES;
        }
        var name = String.valueOf(file.getOriginalFilename());
        try (var in = file.getInputStream()) {
            editor.replace(RulesDocument.read(name, in));
            redirect.addFlashAttribute(NOTICE, "schedweb.uploaded");
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("uploadError",
                    messages.getMessage("schedweb.upload.refused", new Object[] {refused.getMessage()}, locale));
        } catch (RuleRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
            redirect.addFlashAttribute("refusalArgument", refused.argument());
        } catch (IOException unreadable) {
            redirect.addFlashAttribute("uploadError",
                    messages.getMessage("schedweb.upload.unreadable", new Object[] {name}, locale));
        }
        return "redirect:" + RULES;
    }

    /**
     * Reads a form into a rule of a kind and stores it (new, or in place of {@code id}); a refused field, or a name
     * already taken, shows the form again with the reason next to the field.
     */
    private <T> String save(RuleKind<T> kind, Optional<Long> id, Map<String, String> form, Locale locale, Model model,
            RedirectAttributes redirect) {
        var reader = new RuleForm(form, messages, locale);
        var rule = kind.read().apply(reader);
        if (rule.isEmpty()) {
            return form(model, kind.view(), id, form, reader.errors());
        }
        try {
            if (id.isPresent()) {
                kind.change().accept(id.get(), rule.get());
            } else {
                kind.create().accept(rule.get());
            }
        } catch (RuleRefusedException refused) {
            return form(model, kind.view(), id, form, Map.of("name",
                    messages.getMessage(refused.messageKey(), new Object[] {refused.argument()}, locale)));
        }
        redirect.addFlashAttribute(NOTICE, SAVED);
        return "redirect:" + RULES;
    }

    private RuleKind<?> kind(String slug) {
        var kind = kinds.get(slug);
        if (kind == null) {
            throw notFound();
        }
        return kind;
    }

    private static String form(Model model, String view, Optional<Long> id, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("id", id.orElse(null));
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("breakRows", RuleForm.BREAK_ROWS);
        return view;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /**
     * A kind of rule the forms edit: its page, how a form is read and a stored rule written back as form values, and
     * the editor's operations on it.
     *
     * @param view the form's template
     * @param read reads a form into a rule
     * @param formValues a rule as form values
     * @param find the stored rule with an id
     * @param create stores a new rule
     * @param change replaces a stored rule
     * @param delete deletes a stored rule
     * @param <T> the rule's engine type
     */
    private record RuleKind<T>(
            String view,
            Function<RuleForm, Optional<T>> read,
            Function<T, Map<String, String>> formValues,
            LongFunction<Optional<RuleEntry<T>>> find,
            Consumer<T> create,
            BiConsumer<Long, T> change,
            LongConsumer delete) {

        /**
         * {@return the form values of the stored rule with this id}
         *
         * @throws ResponseStatusException 404 if there is none
         */
        Map<String, String> values(long id) {
            return formValues.apply(find.apply(id).orElseThrow(RulesController::notFound).rule());
        }
    }
}
