package org.switchboard.server.forecast.web;

import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.server.forecast.Forecasting;
import org.switchboard.server.forecast.versions.ForecastVersion;
import org.switchboard.server.forecast.versions.ForecastVersionStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * A forecast version's page ({@value #VERSION}): who made it, when, how and from which history; the chart of history,
 * forecast and prediction bands; the methods' back-test scores with the one used marked and any fallback named; the
 * daily totals; manual adjustment of a draft ({@value #ADJUSTMENTS}, re-drawn at once through htmx); publication
 * ({@value #PUBLISH}); and the .xlsx export ({@value #EXPORT}).
 */
@Controller
class VersionController {

    /** The versions. */
    static final String VERSIONS = "/forecast/versions";

    /** One version's page. */
    static final String VERSION = VERSIONS + "/{version}";

    /** A POST here scales a draft's day or interval range ({@link AdjustmentForm}). */
    static final String ADJUSTMENTS = VERSION + "/adjustments";

    /** A POST here publishes a draft. */
    static final String PUBLISH = VERSION + "/publish";

    /** The version as an .xlsx workbook. */
    static final String EXPORT = VERSION + "/export.xlsx";

    private final ForecastVersionStore versions;
    private final Forecasting forecasting;
    private final MessageSource messages;
    private final JsonMapper json;

    VersionController(
            ForecastVersionStore versions, Forecasting forecasting, MessageSource messages, JsonMapper json) {
        this.versions = versions;
        this.forecasting = forecasting;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping(VERSION)
    String version(@PathVariable long version, Model model, Locale locale) {
        model.addAttribute("adjustment", new AdjustmentForm(null, null, null, null));
        return versionPage(find(version), model, locale);
    }

    @PostMapping(ADJUSTMENTS)
    String adjust(
            @PathVariable long version,
            @Valid @ModelAttribute("adjustment") AdjustmentForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        var found = find(version);
        if (found.isPublished()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "version " + version + " is published");
        }
        if (!errors.hasErrors() && form.percent() != null) {
            int changed = forecasting.adjust(version, form.start(), form.end(), form.percent());
            model.addAttribute("adjusted", changed);
        }
        versionPage(found, model, locale);
        return htmx != null ? "forecast/version :: plan" : "forecast/version";
    }

    @PostMapping(PUBLISH)
    String publish(@PathVariable long version, Principal principal, RedirectAttributes redirect) {
        find(version);
        var published = forecasting.publish(version, principal.getName());
        redirect.addFlashAttribute("notice", published ? "forecast.version.published" : "forecast.version.already");
        return "redirect:" + VERSIONS + "/" + version;
    }

    @GetMapping(EXPORT)
    ResponseEntity<byte[]> export(@PathVariable long version) throws IOException {
        var found = find(version);
        var out = new ByteArrayOutputStream();
        ForecastWorkbooks.version(found, versions.scores(version), versions.intervals(version), out);
        return ForecastWorkbooks.download(out.toByteArray(), "forecast-" + version + ".xlsx");
    }

    private ForecastVersion find(long version) {
        return versions.find(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String versionPage(ForecastVersion version, Model model, Locale locale) {
        var intervals = versions.intervals(version.id());
        var names = new LinkedHashMap<String, String>();
        for (var key : List.of("history", "forecast", "band80", "band95", "contacts")) {
            names.put(key, messages.getMessage("forecast.chart." + key, null, locale));
        }
        model.addAttribute("version", version);
        model.addAttribute("zone", forecasting.zone());
        model.addAttribute("view", VersionView.of(version, versions.scores(version.id()), intervals,
                new Figures(messages, locale)));
        model.addAttribute("chartJson",
                json.writeValueAsString(VersionChart.of(versions.history(version.id()), intervals, names)));
        return "forecast/version";
    }
}
