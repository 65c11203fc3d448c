package org.switchboard.server.kpi.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.engine.kpi.ServiceLevelVariant;
import org.switchboard.server.kpi.queues.QueueSetting;
import org.switchboard.server.kpi.queues.QueueSettingForm;
import org.switchboard.server.kpi.queues.QueueSettings;

/**
 * The queue-settings page: every queue's service-level threshold, short-abandon threshold, service-level variant and
 * targets, the four variants with their formulas, and (ADMIN and MANAGER only) the form that changes one queue's
 * settings. Post-Redirect-Get after a change; a refused form shows the page again with every message.
 */
@Controller
class QueueSettingsController {

    /** The page; {@code ?edit=QUEUE} opens the form of a queue. */
    static final String QUEUES = "/kpis/queues";

    /** A POST here changes a queue's settings. */
    static final String QUEUE = QUEUES + "/{queue}";

    private static final String VIEW = "kpi/queues";

    private final QueueSettings settings;
    private final ZoneId zone;

    QueueSettingsController(QueueSettings settings, @Value("${switchboard.time-zone}") ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    @ModelAttribute("variants")
    List<ServiceLevelVariant> variants() {
        return List.of(ServiceLevelVariant.values());
    }

    @GetMapping(QUEUES)
    String page(@RequestParam(name = "edit", required = false) @Nullable String edit, Model model) {
        var access = KpiAccess.current();
        if (edit != null && access.mayEditQueueSettings()) {
            settings.of(edit).ifPresent(queue -> {
                model.addAttribute("editing", queue);
                model.addAttribute("form", QueueSettingForm.of(queue.kpi()));
            });
        }
        return page(model, access);
    }

    @PostMapping(QUEUE)
    String change(
            @PathVariable String queue,
            @Valid @ModelAttribute("form") QueueSettingForm form,
            BindingResult errors,
            Model model,
            Principal user,
            RedirectAttributes redirect) {
        var access = KpiAccess.current();
        access.requireQueueSettingsEditor();
        QueueSetting current = settings.of(queue)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no data of queue " + queue));
        if (errors.hasErrors()) {
            model.addAttribute("editing", current);
            return page(model, access);
        }
        settings.change(queue, form.toSettings(current.kpi()), user.getName());
        redirect.addFlashAttribute("notice", queue);
        return "redirect:" + QUEUES;
    }

    private String page(Model model, KpiAccess access) {
        model.addAttribute("queues", settings.all());
        model.addAttribute("mayEdit", access.mayEditQueueSettings());
        model.addAttribute("zone", zone);
        return VIEW;
    }
}
