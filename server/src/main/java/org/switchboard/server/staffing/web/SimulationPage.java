package org.switchboard.server.staffing.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.switchboard.server.operations.FormErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.switchboard.server.staffing.SimulationQuestion;
import org.switchboard.server.staffing.StaffingSimulation;

/**
 * The simulation page: one interval simulated with the distributions, redials and lines the formulas cannot take,
 * beside the formula for the same inputs. A GET form like the other staffing pages ({@link StaffingPages}): without
 * its fields it answers its example; an htmx request gets the fragment {@value StaffingPages#WORKSPACE}.
 */
@Controller
class SimulationPage {

    private final StaffingSimulation simulation;

    SimulationPage(StaffingSimulation simulation) {
        this.simulation = simulation;
    }

    @ModelAttribute("paths")
    StaffingPages.Paths paths() {
        return StaffingPages.PATHS;
    }

    @ModelAttribute("intervalChoices")
    List<Integer> intervalChoices() {
        return List.of(15, 30, 60);
    }

    @ModelAttribute("handleTimeShapes")
    List<SimulationQuestion.Shape> handleTimeShapes() {
        return List.of(
                SimulationQuestion.Shape.EXPONENTIAL,
                SimulationQuestion.Shape.LOG_NORMAL,
                SimulationQuestion.Shape.DETERMINISTIC);
    }

    @ModelAttribute("patienceShapes")
    List<SimulationQuestion.Shape> patienceShapes() {
        return List.of(SimulationQuestion.Shape.values());
    }

    @GetMapping(StaffingPages.SIMULATE)
    String example(Model model) {
        var form = SimulationForm.example();
        model.addAttribute("form", form);
        model.addAttribute("result", simulation.simulate(form.toQuestion(0)));
        return "staffing/simulate";
    }

    @GetMapping(path = StaffingPages.SIMULATE, params = "contacts")
    String simulate(
            @Valid @ModelAttribute("form") SimulationForm form,
            BindingResult errors,
            @RequestHeader(value = StaffingPages.HX_REQUEST, required = false) @Nullable String htmx,
            @RequestHeader(value = StaffingPages.HX_HISTORY_RESTORE, required = false) @Nullable String historyRestore,
            Model model) {
        if (form.handleTimeNone() && !errors.hasFieldErrors("handleTime")) {
            FormErrors.reject(errors, "handleTime", "staffing.error.handle-time-shape");
        }
        if (form.lacksPatience() && !errors.hasFieldErrors("patienceSeconds")) {
            FormErrors.reject(errors, "patienceSeconds", "staffing.error.sim-patience");
        }
        if (form.linesBelowAgents() && !errors.hasFieldErrors("lines")) {
            FormErrors.reject(errors, "lines", "staffing.error.lines");
        }
        if (form.runTooLong() && !errors.hasFieldErrors("callsPerReplication")) {
            FormErrors.reject(errors, "callsPerReplication", "staffing.error.run-too-long");
        }
        if (!errors.hasErrors() && form.unstable()) {
            FormErrors.reject(errors, "agents", "staffing.error.sim-unstable");
        }
        if (!errors.hasErrors()) {
            try {
                var question = form.toQuestion(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L));
                model.addAttribute("result", simulation.simulate(question));
            } catch (IllegalArgumentException tooLarge) {
                // each field is within its range, but together they exceed what the formulas are built for
                FormErrors.reject(errors, "contacts", "staffing.error.sim-too-large");
            }
        }
        return StaffingPages.view("staffing/simulate", htmx, historyRestore);
    }
}
