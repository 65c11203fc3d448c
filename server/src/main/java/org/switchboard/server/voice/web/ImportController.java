package org.switchboard.server.voice.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.ColumnMapping;
import org.switchboard.server.voice.ColumnMappings;
import org.switchboard.server.voice.Survey;
import org.switchboard.server.voice.SurveyCatalogue;
import org.switchboard.server.voice.SurveyImportRequest;
import org.switchboard.server.voice.SurveyImporter;
import org.switchboard.server.voice.store.ResponseStore;

/**
 * Imports of survey responses ({@value #IMPORTS}): the upload form (survey, saved column mapping, policy, a CSV or
 * .xlsx file), the form that saves a column mapping ({@value #MAPPINGS}), the outcome of an upload with every problem
 * (file, line, field, value, reason) and the latest loads. Uploading and saving mappings need one of
 * {@link org.switchboard.server.voice.VoiceRoles#EDITORS} (see {@code SecurityConfiguration}).
 */
@Controller
class ImportController {

    /** The imports page and the upload. */
    static final String IMPORTS = "/customer-voice/imports";

    /** Saving a column mapping. */
    static final String MAPPINGS = "/customer-voice/mappings";

    /** The fields of a mapping other than the answers, in form order. */
    static final String[] FIELDS = {
        "responseId", "answeredAt", "dateTimePattern", "contactId", "customer", "channel", "language", "team", "comment"
    };

    private final SurveyCatalogue catalogue;
    private final ColumnMappings mappings;
    private final SurveyImporter importer;
    private final ResponseStore loads;

    ImportController(SurveyCatalogue catalogue, ColumnMappings mappings, SurveyImporter importer,
            ResponseStore loads) {
        this.catalogue = catalogue;
        this.mappings = mappings;
        this.importer = importer;
        this.loads = loads;
    }

    @GetMapping(IMPORTS)
    String imports(Authentication user, Model model) {
        var surveys = new java.util.ArrayList<Survey>(catalogue.all(Audience.CUSTOMER));
        surveys.addAll(catalogue.all(Audience.STAFF));
        var mappingNames = new LinkedHashMap<String, java.util.List<String>>();
        surveys.forEach(survey -> mappingNames.put(survey.code(), mappings.names(survey.id())));
        model.addAttribute("surveys", surveys);
        model.addAttribute("mappingNames", mappingNames);
        model.addAttribute("policies", RejectPolicy.values());
        model.addAttribute("fields", FIELDS);
        model.addAttribute("defaultPattern", ColumnMapping.ISO_PATTERN);
        model.addAttribute("mayImport", VoiceAccess.of(user).imports());
        model.addAttribute("loads", loads.latestLoads(20));
        return "voice/imports";
    }

    @PostMapping(IMPORTS)
    String upload(@RequestParam("survey") String surveyCode, @RequestParam("mapping") String mappingName,
            @RequestParam("policy") RejectPolicy policy, @RequestParam(name = "source", defaultValue = "upload")
            String source, @RequestParam("file") MultipartFile file, Authentication user, Model model)
            throws IOException {
        var survey = catalogue.find(surveyCode).orElseThrow(() -> unknown("no survey with the code " + surveyCode));
        var mapping = mappings.find(survey.id(), mappingName).orElseThrow(() ->
                unknown("survey " + surveyCode + " has no mapping " + mappingName));
        var name = Optional.ofNullable(file.getOriginalFilename()).filter(n -> !n.isBlank()).orElse("upload.csv");
        try (var in = file.getInputStream()) {
            var outcome = importer.importFile(new SurveyImportRequest(surveyCode, source, name, Optional.of(mapping),
                    Optional.empty(), policy, user.getName()), in);
            model.addAttribute("outcome", outcome);
        }
        return imports(user, model);
    }

    @PostMapping(MAPPINGS)
    String saveMapping(@RequestParam("survey") String surveyCode, @RequestParam("name") String name,
            @RequestParam Map<String, String> form, Authentication user, RedirectAttributes redirect) {
        var survey = catalogue.find(surveyCode).orElseThrow(() -> unknown("no survey with the code " + surveyCode));
        var properties = new LinkedHashMap<String, String>();
        for (var field : FIELDS) {
            properties.put(field, form.getOrDefault(field, "").strip());
        }
        survey.questions().forEach(q -> properties.put("answer." + q.code(),
                form.getOrDefault("answer." + q.code(), "").strip()));
        if (properties.get("dateTimePattern").isEmpty()) {
            properties.put("dateTimePattern", ColumnMapping.ISO_PATTERN);
        }
        try {
            mappings.save(survey.id(), ColumnMapping.of(name.strip(), properties), user.getName());
            redirect.addFlashAttribute("saved", name.strip());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("mappingError", e.getMessage());
        }
        return "redirect:" + IMPORTS;
    }

    private static ResponseStatusException unknown(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
