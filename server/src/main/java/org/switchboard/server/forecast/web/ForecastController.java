package org.switchboard.server.forecast.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.server.forecast.ForecastOutcome;
import org.switchboard.server.forecast.Forecasting;
import org.switchboard.server.forecast.versions.ForecastVersionStore;

/**
 * The forecast page ({@value #FORECAST}): the request form (queue, interval, horizon, method, history from the facts
 * or an uploaded file) and the stored versions; a request starts a background run ({@value #RUNS}) whose page polls
 * until the draft version is stored (then opens it) or shows why none could be made.
 */
@Controller
class ForecastController {

    /** The form and the list of versions. */
    static final String FORECAST = "/forecast";

    /** A POST here starts a forecast (multipart: the form's fields and, for an upload, {@code file}). */
    static final String RUNS = "/forecast/runs";

    /** One run's page; its fragment polls itself while the run lasts. */
    static final String RUN = RUNS + "/{run}";

    /** Versions listed on the page. */
    static final int VERSIONS_LISTED = 50;

    private final Forecasting forecasting;
    private final ForecastVersionStore versions;
    private final ForecastRuns runs;

    ForecastController(Forecasting forecasting, ForecastVersionStore versions, ForecastRuns runs) {
        this.forecasting = forecasting;
        this.versions = versions;
        this.runs = runs;
    }

    @GetMapping(FORECAST)
    String page(Model model) {
        model.addAttribute("form", ForecastForm.initial(forecasting.queues()));
        return forecastPage(model);
    }

    @PostMapping(RUNS)
    String start(
            @Valid @ModelAttribute("form") ForecastForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            Principal principal)
            throws IOException {
        var fileMissing = form.isUpload() && (file == null || file.isEmpty());
        if (errors.hasErrors() || fileMissing) {
            model.addAttribute("fileMissing", fileMissing);
            return forecastPage(model);
        }
        var order = form.order();
        var actor = principal.getName();
        ForecastRun run;
        if (form.isUpload() && file != null) {
            var fileName = fileName(file);
            var text = new String(file.getBytes(), StandardCharsets.UTF_8);
            run = runs.start(actor, order.queue(),
                    () -> forecasting.forecastFromUpload(order, new StringReader(text), fileName, actor));
        } else {
            run = runs.start(actor, order.queue(), () -> forecasting.forecastFromFacts(order, actor));
        }
        return "redirect:" + RUNS + "/" + run.id();
    }

    @GetMapping(RUN)
    String run(
            @PathVariable String run,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        var found = runs.find(run).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("forecastRun", found);
        if (found.outcome().orElse(null) instanceof ForecastOutcome.Drafted drafted) {
            var target = VersionController.VERSIONS + "/" + drafted.versionId();
            if (htmx != null) {
                response.setHeader("HX-Redirect", target);
                return "forecast/run :: progress";
            }
            return "redirect:" + target;
        }
        found.outcome().ifPresent(outcome ->
                model.addAttribute("problems", ((ForecastOutcome.Refused) outcome).problems()));
        return htmx != null ? "forecast/run :: progress" : "forecast/run";
    }

    private String forecastPage(Model model) {
        model.addAttribute("queues", forecasting.queues());
        model.addAttribute("zone", forecasting.zone());
        model.addAttribute("factDays", forecasting.factDays().orElse(null));
        model.addAttribute("methods", ForecastForm.methods());
        model.addAttribute("intervals", ForecastForm.INTERVALS);
        model.addAttribute("versions", versions.latest(VERSIONS_LISTED));
        return "forecast/forecast";
    }

    /** {@return the file's own name, without any folder a browser may have sent} */
    private static String fileName(MultipartFile file) {
        var name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        return name == null || name.isBlank() || name.equals("null") ? "history.csv" : name;
    }
}
