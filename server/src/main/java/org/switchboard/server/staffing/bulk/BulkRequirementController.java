package org.switchboard.server.staffing.bulk;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk requirement pages: the upload form with the list of stored sets, the page of one set (chart, table,
 * parameters) and its .xlsx export, and the CSV of the problems of the last refused upload of the session.
 * Post-Redirect-Get after a stored upload; a refused upload shows the form again with every problem.
 */
@Controller
class BulkRequirementController {

    /** The upload form and the list of sets; a POST here uploads a forecast (multipart, field {@code file}). */
    static final String BULK = "/staffing/bulk";

    /** One set's page. */
    static final String SET = BULK + "/{id}";

    /** One set as an .xlsx workbook. */
    static final String EXPORT = SET + "/export.xlsx";

    /** The problems of the session's last refused upload, as CSV. */
    static final String PROBLEMS_CSV = BULK + "/problems.csv";

    /** Flash attribute with the bundle key of the success notice. */
    static final String NOTICE = "notice";

    /** Rows shown in a set's table; the export has them all. */
    static final int TABLE_LIMIT = 2_000;

    private static final String PROBLEMS_ATTRIBUTE = BulkRequirementController.class.getName() + ".problems";
    private static final String BULK_VIEW = "staffing/bulk";
    private static final String SET_VIEW = "staffing/bulk-set";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BulkRequirements requirements;
    private final MessageSource messages;

    BulkRequirementController(BulkRequirements requirements, MessageSource messages) {
        this.requirements = requirements;
        this.messages = messages;
    }

    @ModelAttribute("models")
    List<QueueModelChoice> models() {
        return List.of(QueueModelChoice.values());
    }

    @ModelAttribute("intervalChoices")
    List<Integer> intervalChoices() {
        return BulkUploadForm.INTERVALS;
    }

    @GetMapping(BULK)
    String page(Model model) {
        model.addAttribute("form", BulkUploadForm.initial());
        return bulkPage(model);
    }

    @PostMapping(BULK)
    String upload(
            @Valid @ModelAttribute("form") BulkUploadForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            Locale locale,
            HttpSession session,
            RedirectAttributes redirect)
            throws IOException {
        var noFile = file == null || file.isEmpty();
        if (errors.hasErrors() || noFile) {
            model.addAttribute("fileMissing", noFile);
            return bulkPage(model);
        }
        var fileName = fileName(file);
        BulkRequirements.Outcome outcome;
        try (var content = file.getInputStream()) {
            outcome = requirements.upload(form.name() == null ? "" : form.name(), fileName, content, form.parameters());
        }
        return switch (outcome) {
            case BulkRequirements.Stored stored -> {
                redirect.addFlashAttribute(NOTICE, "staffing.bulk.stored");
                yield "redirect:" + BULK + "/" + stored.id();
            }
            case BulkRequirements.Refused refused -> {
                var views = refused.problems().stream().map(ProblemView::of).toList();
                session.setAttribute(PROBLEMS_ATTRIBUTE, new ProblemsDownload(
                        ProblemsCsv.write(views, (key) -> messages.getMessage(key, null, key, locale))));
                model.addAttribute("problems", views);
                model.addAttribute("problemFile", fileName);
                yield bulkPage(model);
            }
        };
    }

    @GetMapping(SET)
    String set(@PathVariable long id, Model model) {
        var set = requirements.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var intervals = requirements.intervals(id);
        var view = RequirementSetView.of(intervals, requirements.centreZone(), TABLE_LIMIT);
        model.addAttribute("set", set);
        model.addAttribute("view", view);
        model.addAttribute("zone", requirements.centreZone());
        return SET_VIEW;
    }

    @GetMapping(EXPORT)
    ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
        var set = requirements.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var out = new ByteArrayOutputStream();
        RequirementWorkbook.write(set, requirements.intervals(id), requirements.centreZone(), "1.0", out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("requirement-" + id + ".xlsx")
                        .build()
                        .toString())
                .body(out.toByteArray());
    }

    @GetMapping(PROBLEMS_CSV)
    ResponseEntity<byte[]> problems(HttpSession session) {
        if (!(session.getAttribute(PROBLEMS_ATTRIBUTE) instanceof ProblemsDownload download)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("forecast-problems.csv")
                        .build()
                        .toString())
                .body(download.csv());
    }

    private String bulkPage(Model model) {
        model.addAttribute("sets", requirements.all());
        model.addAttribute("zone", requirements.centreZone());
        return BULK_VIEW;
    }

    /** {@return the file's own name, without any folder a browser may have sent} */
    private static String fileName(MultipartFile file) {
        var original = file.getOriginalFilename();
        if (original == null || original.isBlank()) {
            return "upload";
        }
        return original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    }

    /** The problems CSV kept in the session until the next refused upload. */
    record ProblemsDownload(byte[] csv) implements Serializable {}
}
