package org.switchboard.server.schedules.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.switchboard.server.interactions.InteractionRoles;
import org.switchboard.server.schedules.RuleEditor;
import org.switchboard.server.schedules.RuleRefusedException;
import org.switchboard.server.schedules.RulesDocument;
import org.switchboard.server.schedules.ScheduleRoles;

/**
 * The rules editor ({@value #RULES}): the shift templates with their breaks, the contracts with the number of agents
 * under each, and the objective's weights, which later planning runs use. Planners ({@link ScheduleRoles#PLANNERS})
 * create, change and delete templates and contracts, change the weights and replace all rules by uploading a
 * RULES.json ({@link RulesDocument}), each audited by {@link RuleEditor}; the other roles of the section read the
 * lists and download the rules as RULES.json. A refused field is shown next to itself ({@link RuleForm}) and nothing is
 * stored.
 */
@Controller
class RulesController {

    /** The rules page. */
    static final String RULES = "/schedules/rules";

    static final String TEMPLATES = RULES + "/templates";
    static final String NEW_TEMPLATE = TEMPLATES + "/new";
    static final String TEMPLATE = TEMPLATES + "/{templateId}";
    static final String DELETE_TEMPLATE = TEMPLATE + "/delete";
    static final String CONTRACTS = RULES + "/contracts";
    static final String NEW_CONTRACT = CONTRACTS + "/new";
    static final String CONTRACT = CONTRACTS + "/{contractId}";
    static final String DELETE_CONTRACT = CONTRACT + "/delete";
    static final String WEIGHTS = RULES + "/weights";
    static final String DOWNLOAD = RULES + "/rules.json";
    static final String UPLOAD = RULES + "/import";

    private static final String TEMPLATE_VIEW = "schedules/rule-template";
    private static final String CONTRACT_VIEW = "schedules/rule-contract";
    private static final String NOTICE = "notice";
    private static final String SAVED = "schedweb.saved";
    private static final String DELETED = "schedweb.deleted";

    private final RuleEditor editor;
    private final MessageSource messages;

    RulesController(RuleEditor editor, MessageSource messages) {
        this.editor = editor;
        this.messages = messages;
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

    @GetMapping(NEW_TEMPLATE)
    String newTemplate(Model model) {
        return form(model, TEMPLATE_VIEW, Optional.empty(), Map.of(), Map.of());
    }

    @GetMapping(TEMPLATE)
    String template(@PathVariable long templateId, Model model) {
        var template = editor.template(templateId).orElseThrow(RulesController::notFound);
        return form(model, TEMPLATE_VIEW, Optional.of(templateId), RuleForm.values(template.rule()), Map.of());
    }

    @PostMapping(TEMPLATES)
    String createTemplate(@RequestParam Map<String, String> form, Locale locale, Model model,
            RedirectAttributes redirect) {
        return save(form, locale, model, redirect, Optional.empty(), TEMPLATE_VIEW, RuleForm::template,
                template -> editor.createTemplate(template));
    }

    @PostMapping(TEMPLATE)
    String changeTemplate(@PathVariable long templateId, @RequestParam Map<String, String> form, Locale locale,
            Model model, RedirectAttributes redirect) {
        editor.template(templateId).orElseThrow(RulesController::notFound);
        return save(form, locale, model, redirect, Optional.of(templateId), TEMPLATE_VIEW, RuleForm::template,
                template -> editor.changeTemplate(templateId, template));
    }

    @PostMapping(DELETE_TEMPLATE)
    String deleteTemplate(@PathVariable long templateId, RedirectAttributes redirect) {
        return delete(redirect, () -> editor.deleteTemplate(templateId));
    }

    @GetMapping(NEW_CONTRACT)
    String newContract(Model model) {
        return form(model, CONTRACT_VIEW, Optional.empty(), Map.of(), Map.of());
    }

    @GetMapping(CONTRACT)
    String contract(@PathVariable long contractId, Model model) {
        var contract = editor.contract(contractId).orElseThrow(RulesController::notFound);
        return form(model, CONTRACT_VIEW, Optional.of(contractId), RuleForm.values(contract.rule()), Map.of());
    }

    @PostMapping(CONTRACTS)
    String createContract(@RequestParam Map<String, String> form, Locale locale, Model model,
            RedirectAttributes redirect) {
        return save(form, locale, model, redirect, Optional.empty(), CONTRACT_VIEW, RuleForm::contract,
                contract -> editor.createContract(contract));
    }

    @PostMapping(CONTRACT)
    String changeContract(@PathVariable long contractId, @RequestParam Map<String, String> form, Locale locale,
            Model model, RedirectAttributes redirect) {
        editor.contract(contractId).orElseThrow(RulesController::notFound);
        return save(form, locale, model, redirect, Optional.of(contractId), CONTRACT_VIEW, RuleForm::contract,
                contract -> editor.changeContract(contractId, contract));
    }

    @PostMapping(DELETE_CONTRACT)
    String deleteContract(@PathVariable long contractId, RedirectAttributes redirect) {
        return delete(redirect, () -> editor.deleteContract(contractId));
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
     * Reads a form into a rule and stores it; a refused field, or a name already taken, shows the form again with
     * the reason next to the field.
     */
    private <T> String save(Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect,
            Optional<Long> id, String view, Function<RuleForm, Optional<T>> read, Consumer<T> store) {
        var reader = new RuleForm(form, messages, locale);
        var rule = read.apply(reader);
        if (rule.isEmpty()) {
            return form(model, view, id, form, reader.errors());
        }
        try {
            store.accept(rule.get());
        } catch (RuleRefusedException refused) {
            return form(model, view, id, form, Map.of("name",
                    messages.getMessage(refused.messageKey(), new Object[] {refused.argument()}, locale)));
        }
        redirect.addFlashAttribute(NOTICE, SAVED);
        return "redirect:" + RULES;
    }

    private String delete(RedirectAttributes redirect, Runnable delete) {
        try {
            delete.run();
            redirect.addFlashAttribute(NOTICE, DELETED);
        } catch (RuleRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
            redirect.addFlashAttribute("refusalArgument", refused.argument());
        }
        return "redirect:" + RULES;
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
}
