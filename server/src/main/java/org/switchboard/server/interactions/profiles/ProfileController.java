package org.switchboard.server.interactions.profiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
import org.switchboard.engine.interactions.mapping.DurationUnit;
import org.switchboard.engine.interactions.mapping.MappingKind;
import org.switchboard.engine.interactions.mapping.MappingProfile;
import org.switchboard.server.interactions.InteractionRoles;

/**
 * The mapping profile pages: the list (stored and built-in profiles, JSON import), a profile's form (read-only for
 * built-ins and for the roles that only read), JSON export, and a preview of the first rows of a sample file read
 * through the profile as it stands in the form, saved or not. Post-Redirect-Get with a flash notice after a change.
 */
@Controller
class ProfileController {

    /** The list of profiles; a POST here creates one. */
    static final String PROFILES = "/interactions/profiles";

    /** The form of a new profile. */
    static final String NEW = PROFILES + "/new";

    /** A stored profile's page; a POST here saves it. */
    static final String PROFILE = PROFILES + "/{id}";

    /** Deletes a stored profile (POST). */
    static final String DELETE = PROFILE + "/delete";

    /** A built-in profile's page (read-only), by name. */
    static final String BUILT_IN = PROFILES + "/built-in";

    /** A profile as JSON, by name. */
    static final String EXPORT = PROFILES + "/export";

    /** Stores a profile from a JSON file (POST, multipart, field {@code file}). */
    static final String IMPORT = PROFILES + "/import";

    /** Reads a sample file through the profile in the form (POST, multipart, field {@code sample}). */
    static final String PREVIEW = PROFILES + "/preview";

    private static final String LIST_VIEW = "interactions/profiles";
    private static final String FORM_VIEW = "interactions/profile";

    private final ProfileCatalogue profiles;
    private final Clock clock;
    private final ZoneId centreZone;

    ProfileController(
            ProfileCatalogue profiles, Clock clock, @Value("${switchboard.time-zone:UTC}") ZoneId centreZone) {
        this.profiles = profiles;
        this.clock = clock;
        this.centreZone = centreZone;
    }

    @GetMapping(PROFILES)
    String list(Authentication user, Model model) {
        model.addAttribute("profiles", profiles.all());
        model.addAttribute("canEdit", canEdit(user));
        model.addAttribute("zone", centreZone);
        return LIST_VIEW;
    }

    @GetMapping(NEW)
    String newProfile(
            @RequestParam(name = "kind", defaultValue = "CONTACTS") MappingKind kind,
            @RequestParam(name = "from", required = false) @Nullable String from,
            Authentication user,
            Model model) {
        var form = from == null
                ? ProfileForm.blank(kind, centreZone)
                : profiles.find(from).map(ProfileForm::of).orElseThrow(this::notFound);
        return form(model, user, from == null ? form : renamed(form, ""), null, false);
    }

    @PostMapping(PROFILES)
    String create(@RequestParam Map<String, String> parameters, Principal actor, Authentication user, Model model,
            RedirectAttributes redirect) {
        var form = ProfileForm.from(parameters);
        try {
            var id = profiles.create(form.toProfile(), actor.getName());
            return saved(redirect, "profiles.created", form.name(), PROFILES + "/" + id);
        } catch (ProfileRejected rejected) {
            model.addAttribute("rejected", rejected);
            return form(model, user, form, null, false);
        }
    }

    @GetMapping(PROFILE)
    String edit(@PathVariable long id, Authentication user, Model model) {
        var profile = profiles.stored(id).orElseThrow(this::notFound);
        return form(model, user, ProfileForm.of(profile), id, false);
    }

    @PostMapping(PROFILE)
    String update(@PathVariable long id, @RequestParam Map<String, String> parameters, Principal actor,
            Authentication user, Model model, RedirectAttributes redirect) {
        profiles.stored(id).orElseThrow(this::notFound);
        var form = ProfileForm.from(parameters);
        try {
            profiles.update(id, form.toProfile(), actor.getName());
            return saved(redirect, "profiles.updated", form.name(), PROFILES + "/" + id);
        } catch (ProfileRejected rejected) {
            model.addAttribute("rejected", rejected);
            return form(model, user, form, id, false);
        }
    }

    @PostMapping(DELETE)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        var profile = profiles.stored(id).orElseThrow(this::notFound);
        profiles.delete(id);
        return saved(redirect, "profiles.deleted", profile.name(), PROFILES);
    }

    @GetMapping(BUILT_IN)
    String builtIn(@RequestParam String name, Authentication user, Model model) {
        var profile = profiles.find(name)
                .filter(found -> profiles.all().stream().anyMatch(s -> s.isBuiltIn() && s.name().equals(name)))
                .orElseThrow(this::notFound);
        return form(model, user, ProfileForm.of(profile), null, true);
    }

    @GetMapping(EXPORT)
    ResponseEntity<String> export(@RequestParam String name) {
        var profile = profiles.find(name).orElseThrow(this::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(name) + ".json", StandardCharsets.UTF_8)
                        .build()
                        .toString())
                .body(profiles.json(profile));
    }

    @PostMapping(IMPORT)
    String importJson(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Principal actor,
            Authentication user, Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new ProfileRejected("profiles.error.json", "—");
            }
            var profile = profiles.read(new String(file.getBytes(), StandardCharsets.UTF_8));
            var id = profiles.create(profile, actor.getName());
            return saved(redirect, "profiles.imported", profile.name(), PROFILES + "/" + id);
        } catch (ProfileRejected rejected) {
            model.addAttribute("importRejected", rejected);
            return list(user, model);
        }
    }

    @PostMapping(PREVIEW)
    String preview(
            @RequestParam Map<String, String> parameters,
            @RequestParam(name = "sample", required = false) @Nullable MultipartFile sample,
            @RequestParam(name = "id", required = false) @Nullable Long id,
            Authentication user,
            Model model)
            throws IOException {
        var form = ProfileForm.from(parameters);
        try {
            var profile = form.toProfile();
            if (sample == null || sample.isEmpty()) {
                model.addAttribute("sampleMissing", true);
            } else {
                try (var in = sample.getInputStream()) {
                    model.addAttribute("preview", ProfilePreview.read(profile, sampleName(sample), sample.getSize(),
                            in, clock));
                } catch (IllegalArgumentException tooLarge) {
                    model.addAttribute("rejected", new ProfileRejected("profiles.error.sample", tooLarge.getMessage()));
                }
            }
        } catch (ProfileRejected rejected) {
            model.addAttribute("rejected", rejected);
        }
        return form(model, user, form, id, false);
    }

    private String form(Model model, Authentication user, ProfileForm form, @Nullable Long id, boolean builtIn) {
        model.addAttribute("form", form);
        model.addAttribute("profileId", id);
        model.addAttribute("builtIn", builtIn);
        model.addAttribute("readOnly", builtIn || !canEdit(user));
        model.addAttribute("sources", ProfileForm.SOURCES);
        model.addAttribute("delimiters", ProfileForm.DELIMITERS);
        model.addAttribute("charsets", ProfileForm.CHARSETS);
        model.addAttribute("units", List.of(DurationUnit.values()));
        model.addAttribute("previewColumns", ProfilePreview.columns(form.kind()));
        return FORM_VIEW;
    }

    private static String saved(RedirectAttributes redirect, String key, String name, String target) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeArgument", name);
        return "redirect:" + target;
    }

    private static ProfileForm renamed(ProfileForm form, String name) {
        return new ProfileForm(name, form.kind(), form.fields(), form.dateTimePatterns(), form.datePattern(),
                form.timePattern(), form.zone(), form.durationUnit(), form.durationUnits(), form.translations(),
                form.delimiter(), form.headerRow(), form.charset(), form.decimalSeparator());
    }

    private static boolean canEdit(Authentication user) {
        return InteractionRoles.canEdit(InteractionRoles.rolesOf(user));
    }

    private static String sampleName(MultipartFile sample) {
        var name = sample.getOriginalFilename();
        return name == null || name.isBlank() ? "sample" : name;
    }

    private static String fileName(String profileName) {
        return profileName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
