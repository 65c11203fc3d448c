package org.switchboard.server.interactions.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.switchboard.server.operations.FormErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.server.interactions.ImportRequest;
import org.switchboard.server.interactions.Importer;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.interactions.profiles.ProfileCatalogue;

/**
 * The landing page of the interactions section: the upload form (for the roles that may import) and the past loads;
 * the upload itself, spooled to disk and imported by a background {@link ImportJobs job}; and the job's page, whose
 * progress fragment the page polls every 500 ms (htmx) until the outcome replaces it.
 */
@Controller
class UploadController {

    /** The upload form and the past loads. */
    static final String INTERACTIONS = "/interactions";

    /** Receives an upload (POST, multipart, field {@code file}). */
    static final String UPLOADS = INTERACTIONS + "/uploads";

    /** One upload job's page. */
    static final String JOB = INTERACTIONS + "/jobs/{id}";

    /** One upload job's progress (or outcome) fragment. */
    static final String JOB_PROGRESS = JOB + "/progress";

    /** Loads listed on the landing page. */
    static final int LOADS_SHOWN = 50;

    private final ImportJobs jobs;
    private final Importer importer;
    private final ProfileCatalogue profiles;
    private final LoadViews loadViews;
    private final Quarantine quarantine;
    private final ZoneId centreZone;

    UploadController(
            ImportJobs jobs,
            Importer importer,
            ProfileCatalogue profiles,
            LoadViews loadViews,
            Quarantine quarantine,
            @Value("${switchboard.time-zone:UTC}") ZoneId centreZone) {
        this.jobs = jobs;
        this.importer = importer;
        this.profiles = profiles;
        this.loadViews = loadViews;
        this.quarantine = quarantine;
        this.centreZone = centreZone;
    }

    @GetMapping(INTERACTIONS)
    String page(Authentication user, Model model) {
        model.addAttribute("form", UploadForm.initial(centreZone));
        return landing(user, model);
    }

    @PostMapping(UPLOADS)
    String upload(
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Authentication user,
            Model model)
            throws IOException {
        var noFile = file == null || file.isEmpty();
        var format = form.format();
        var profile = format != null && format.needsMapping() && form.profile() != null
                ? profiles.find(form.profile())
                : Optional.<MappingProfile>empty();
        if (format != null && format.needsMapping() && profile.isEmpty() && !errors.hasFieldErrors("profile")) {
            FormErrors.reject(errors, "profile", "interactions.error.profile");
        }
        if (errors.hasErrors() || noFile) {
            model.addAttribute("fileMissing", noFile);
            return landing(user, model);
        }
        var fileName = UploadedFiles.name(file);
        var request = new ImportRequest(
                form.source(), fileName, format, profile, ZoneId.of(form.zone()), form.policy(), user.getName());
        var spooled = jobs.spoolFile();
        try {
            file.transferTo(spooled);
        } catch (IOException | RuntimeException failure) {
            Files.deleteIfExists(spooled);
            throw failure;
        }
        var job = jobs.start(user.getName(), fileName, spooled, (input, totalBytes, progress) -> {
            var outcome = importer.importFile(request, input, totalBytes, progress);
            quarantine.remember(outcome.loadId(), request.format(), profile, request.zone(), spooled);
            return outcome;
        });
        return "redirect:" + INTERACTIONS + "/jobs/" + job.id();
    }

    @GetMapping(JOB)
    String job(@PathVariable String id, Authentication user, Model model) {
        return jobView(id, user, model, "interactions/job");
    }

    @GetMapping(JOB_PROGRESS)
    String progress(@PathVariable String id, Authentication user, Model model) {
        return jobView(id, user, model, "interactions/job :: progress");
    }

    private String jobView(String id, Authentication user, Model model, String view) {
        var job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        model.addAttribute("problems", job.outcome()
                .map(outcome -> loadViews.problems(outcome.problems(), user))
                .orElse(List.of()));
        return view;
    }

    private String landing(Authentication user, Model model) {
        model.addAttribute("formats", UploadForm.uploadFormats());
        model.addAttribute("policies", RejectPolicy.values());
        model.addAttribute("profiles", profiles.all());
        model.addAttribute("zones", List.of(centreZone.getId(), "UTC"));
        model.addAttribute("loads", loadViews.latest(LOADS_SHOWN));
        model.addAttribute("canEdit", LoadViews.canEdit(user));
        model.addAttribute("zone", centreZone);
        return "interactions/upload";
    }
}
