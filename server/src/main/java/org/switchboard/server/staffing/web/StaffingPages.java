package org.switchboard.server.staffing.web;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.switchboard.server.operations.FormErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.switchboard.server.staffing.CapacityQuestion;
import org.switchboard.server.staffing.IntervalAnswer;
import org.switchboard.server.staffing.IntervalQuestion;
import org.switchboard.server.staffing.StaffingCalculator;
import org.switchboard.server.staffing.StaffingModel;

/**
 * The staffing pages. Each is a GET form, so an answer has an address that can be shared: without the form's fields
 * (first visit, language switch) the page answers its example; with them it validates and answers. An htmx request
 * gets the form with the answer as the fragment {@value #WORKSPACE}; a plain request the whole page.
 */
@Controller
class StaffingPages {

    /** The calculator, the section's landing page. */
    static final String CALCULATOR = "/staffing";

    /** Erlang B for lines, IVR ports and bot licences. */
    static final String ERLANG_B = "/staffing/erlang-b";

    /** The capacity of a new centre. */
    static final String CAPACITY = "/staffing/capacity";

    /** The simulation of one interval, beside the formulas. */
    static final String SIMULATE = "/staffing/simulate";

    /** The bulk requirements of a whole forecast (another page of the section). */
    static final String BULK = "/staffing/bulk";

    /** Id of the element holding a page's form and answer, the target of htmx swaps. */
    static final String WORKSPACE = "workspace";

    /** Numbers of agents on each side of the answer in the calculator's table and charts. */
    static final int RADIUS = 6;

    /** The paths every staffing page links to. */
    static final Paths PATHS = new Paths(CALCULATOR, ERLANG_B, CAPACITY, SIMULATE, BULK, WORKSPACE);

    static final String HX_REQUEST = "HX-Request";
    static final String HX_HISTORY_RESTORE = "HX-History-Restore-Request";

    private final StaffingCalculator calculator;

    StaffingPages(StaffingCalculator calculator) {
        this.calculator = calculator;
    }

    @ModelAttribute("paths")
    Paths paths() {
        return PATHS;
    }

    @ModelAttribute("intervalChoices")
    List<Integer> intervalChoices() {
        return List.of(15, 30, 60);
    }

    @GetMapping(CALCULATOR)
    String calculatorExample(Model model) {
        var form = CalculatorForm.example();
        model.addAttribute("form", form);
        model.addAttribute("result", calculate(form.toQuestion()));
        return "staffing/calculator";
    }

    @GetMapping(path = CALCULATOR, params = "contacts")
    String calculator(
            @Valid @ModelAttribute("form") CalculatorForm form,
            BindingResult errors,
            @RequestHeader(value = HX_REQUEST, required = false) @Nullable String htmx,
            @RequestHeader(value = HX_HISTORY_RESTORE, required = false) @Nullable String historyRestore,
            Model model) {
        if (form.lacksPatience() && !errors.hasFieldErrors("patienceSeconds")) {
            FormErrors.reject(errors, "patienceSeconds", "staffing.error.patience");
        }
        if (!form.hasQueueModel()) {
            FormErrors.reject(errors, "model", "staffing.error.model");
        }
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("result", calculate(form.toQuestion()));
            } catch (IllegalArgumentException tooLarge) {
                // each field is within its range, but together they exceed what the models are built for
                FormErrors.reject(errors, "contacts", "staffing.error.too-large");
            }
        }
        return view("staffing/calculator", htmx, historyRestore);
    }

    @GetMapping(ERLANG_B)
    String linesExample(Model model) {
        var form = LinesForm.example();
        model.addAttribute("form", form);
        model.addAttribute("result", calculator.lines(form.erlangs(), form.maxBlocking(), RADIUS));
        return "staffing/erlang-b";
    }

    @GetMapping(path = ERLANG_B, params = "blockingPercent")
    String lines(
            @Valid @ModelAttribute("form") LinesForm form,
            BindingResult errors,
            @RequestHeader(value = HX_REQUEST, required = false) @Nullable String htmx,
            @RequestHeader(value = HX_HISTORY_RESTORE, required = false) @Nullable String historyRestore,
            Model model) {
        if (!form.hasTraffic() && !errors.hasFieldErrors("trafficErlangs")) {
            FormErrors.reject(errors, "trafficErlangs", "staffing.error.traffic-missing");
        }
        if (!errors.hasErrors() && !(form.erlangs() <= IntervalQuestion.MAX_TRAFFIC_ERLANGS)) {
            FormErrors.reject(errors, "trafficErlangs", "staffing.error.too-large");
        }
        if (!errors.hasErrors()) {
            model.addAttribute("result", calculator.lines(form.erlangs(), form.maxBlocking(), RADIUS));
        }
        return view("staffing/erlang-b", htmx, historyRestore);
    }

    @GetMapping(CAPACITY)
    String capacityExample(Model model) {
        var form = CapacityForm.example();
        model.addAttribute("form", form);
        model.addAttribute("result", calculator.capacity(form.toQuestion()));
        return "staffing/capacity";
    }

    @GetMapping(path = CAPACITY, params = "contacts")
    String capacity(
            @Valid @ModelAttribute("form") CapacityForm form,
            BindingResult errors,
            @RequestHeader(value = HX_REQUEST, required = false) @Nullable String htmx,
            @RequestHeader(value = HX_HISTORY_RESTORE, required = false) @Nullable String historyRestore,
            Model model) {
        if (form.wrapUpExceedsAht() && !errors.hasFieldErrors("wrapUpSeconds")) {
            FormErrors.reject(errors, "wrapUpSeconds", "staffing.error.wrap-up");
        }
        if (!errors.hasErrors()) {
            capacity(form, errors, model);
        }
        return view("staffing/capacity", htmx, historyRestore);
    }

    /** Answers a valid capacity form, or rejects what only the calculation can find out. */
    private void capacity(CapacityForm form, BindingResult errors, Model model) {
        CapacityQuestion question;
        try {
            question = form.toQuestion();
        } catch (IllegalArgumentException tooLarge) {
            FormErrors.reject(errors, "contacts", "staffing.error.too-large");
            return;
        }
        try {
            model.addAttribute("result", calculator.capacity(question));
        } catch (IllegalArgumentException tooFewAgents) {
            FormErrors.reject(errors, "peakAgents", "staffing.error.peak-agents-unstable");
        }
    }

    private CalculatorResult calculate(IntervalQuestion question) {
        var answer = calculator.solve(question);
        List<IntervalAnswer> rows = calculator.around(question, answer.agents(), RADIUS);
        return new CalculatorResult(question, answer, rows);
    }

    static String view(String page, @Nullable String htmx, @Nullable String historyRestore) {
        boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
        return fragment ? page + " :: " + WORKSPACE : page;
    }

    /**
     * The paths the templates link to, from the constants above.
     *
     * @param calculator the calculator page
     * @param erlangB the Erlang B page
     * @param capacity the capacity page
     * @param simulate the simulation page
     * @param bulk the bulk requirements page
     * @param workspace id of the swapped element
     */
    public record Paths(
            String calculator, String erlangB, String capacity, String simulate, String bulk, String workspace) {}

    /**
     * The calculator's answer as the page shows it.
     *
     * @param question the question answered
     * @param answer the figures at the required number of agents
     * @param rows the figures around it
     */
    public record CalculatorResult(IntervalQuestion question, IntervalAnswer answer, List<IntervalAnswer> rows) {

        /** {@return whether the abandonment figures matter (Erlang A)} */
        public boolean abandonment() {
            return question.model() == StaffingModel.ERLANG_A;
        }

        /** {@return the series of the charts as JSON: numbers of agents, SL, ASA and abandonment, null if unstable} */
        public String chartJson() {
            var json = new StringBuilder("{\"agents\":[");
            append(json, rows.stream().map(r -> (double) r.agents()).toList(), true);
            json.append("],\"serviceLevel\":[");
            append(json, rows.stream().map(r -> r.stable() ? 100 * r.serviceLevel().orElse(0) : null).toList(), false);
            json.append("],\"asa\":[");
            append(json, rows.stream().map(r -> r.asaSeconds().isPresent() ? r.asaSeconds().getAsDouble() : null)
                    .toList(), false);
            json.append("],\"abandon\":[");
            append(json, rows.stream().map(r -> 100 * r.probAbandon().orElse(0)).toList(), false);
            json.append("],\"answer\":").append(answer.agents());
            question.serviceLevelTarget().ifPresent(t -> json.append(",\"serviceLevelTarget\":").append(100 * t));
            question.maxAsaSeconds().ifPresent(t -> json.append(",\"asaTarget\":").append(t));
            question.maxAbandonRate().ifPresent(t -> json.append(",\"abandonTarget\":").append(100 * t));
            return json.append('}').toString();
        }

        private static void append(StringBuilder json, List<@Nullable Double> values, boolean integers) {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                var value = values.get(i);
                if (value == null || !Double.isFinite(value)) {
                    json.append("null");
                } else if (integers) {
                    json.append(Math.round(value));
                } else {
                    json.append(Math.round(value * 1000) / 1000.0);
                }
            }
        }
    }
}
