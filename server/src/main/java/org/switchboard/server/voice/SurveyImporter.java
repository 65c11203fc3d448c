package org.switchboard.server.voice;

import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.engine.interactions.mapping.CsvOptions;
import org.switchboard.engine.interactions.mapping.CsvRows;
import org.switchboard.engine.interactions.mapping.XlsxRows;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.voice.importing.CheckedResponse;
import org.switchboard.server.voice.importing.ResponseCheck;
import org.switchboard.server.voice.importing.ResponseRows;
import org.switchboard.server.voice.store.AnswerCounts;
import org.switchboard.server.voice.store.ContactLinks;
import org.switchboard.server.voice.store.LoadCounts;
import org.switchboard.server.voice.store.ResponseStore;

/**
 * Imports survey responses: a CSV or .xlsx file read through a saved {@link ColumnMapping}, or a batch from the
 * ingest API. Each line is checked ({@link ResponseCheck}); the policy decides what a rejected line does, as for
 * interaction data ({@link RejectPolicy}): {@code REJECT_FILE} stores nothing when any line is rejected,
 * {@code QUARANTINE} stores the valid lines and keeps the rejected ones. A response naming a contact that is held is
 * linked to the contact's facts; one naming an unknown contact is kept, flagged as unlinked. Responses already held
 * (survey, source, response id) are left as they were, so re-importing never duplicates. The answer counts of the
 * months an import added to are rebuilt in the same transaction.
 */
@Service
public class SurveyImporter {

    private final SurveyCatalogue catalogue;
    private final ResponseStore store;
    private final ContactLinks contacts;
    private final AnswerCounts counts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ZoneId centreZone;

    SurveyImporter(SurveyCatalogue catalogue, ResponseStore store, ContactLinks contacts, AnswerCounts counts,
            AuditLog auditLog, Clock clock, @Value("${switchboard.time-zone:UTC}") ZoneId centreZone) {
        this.catalogue = catalogue;
        this.store = store;
        this.contacts = contacts;
        this.counts = counts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.centreZone = centreZone;
    }

    /**
     * Imports a response file.
     *
     * @param request survey, source, file name, mapping and policy
     * @param in the file's bytes; not closed
     * @return what was stored and the problems
     * @throws IllegalArgumentException if the survey is not held or the request has no mapping
     */
    @Transactional
    public SurveyImportOutcome importFile(SurveyImportRequest request, InputStream in) {
        var mapping = request.mapping().orElseThrow(
                () -> new IllegalArgumentException("a file import needs a column mapping: " + request.fileName()));
        var rows = new ResponseRows(mapping, request.fileName());
        if (request.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            XlsxRows.read(in, '.', true, rows);
        } else {
            CsvRows.read(in, CsvOptions.standard(), rows);
        }
        return store(request, mapping.dateTimePattern(), rows.responses(), rows.problems());
    }

    /**
     * Imports responses that arrived parsed (the ingest API), dates in ISO-8601.
     *
     * @param request survey, source, policy (the mapping is not used; the file name is {@code request})
     * @param responses the responses, each line its 1-based index
     * @return what was stored and the problems
     */
    @Transactional
    public SurveyImportOutcome importResponses(SurveyImportRequest request, List<RawResponse> responses) {
        return store(request, ColumnMapping.ISO_PATTERN, responses, List.of());
    }

    private SurveyImportOutcome store(SurveyImportRequest request, String pattern, List<RawResponse> raws,
            List<InputProblem> fileProblems) {
        var survey = catalogue.find(request.surveyCode()).orElseThrow(
                () -> new IllegalArgumentException("no survey with the code " + request.surveyCode()));
        long loadId = store.startLoad(survey.id(), request.source(), request.fileName(), request.policy().name(),
                request.actor(), clock.instant());
        var check = new ResponseCheck(survey, request.fileName(), request.zone().orElse(centreZone), pattern);
        var rejections = new ArrayList<InputProblem>(fileProblems);
        var warnings = new ArrayList<InputProblem>();
        var checked = new ArrayList<CheckedResponse>();
        var rejectedLines = new java.util.HashSet<Long>();
        fileProblems.forEach(problem -> rejectedLines.add(problem.line()));
        for (var raw : raws) {
            int before = rejections.size();
            check.check(raw, rejections, warnings).ifPresent(checked::add);
            if (rejections.size() > before) {
                rejectedLines.add(raw.line());
            }
        }
        boolean refused = !rejections.isEmpty() && request.policy() == RejectPolicy.REJECT_FILE;
        var linked = survey.audience() == Audience.CUSTOMER && !refused
                ? contacts.find(checked.stream().flatMap(r -> r.contactId().stream()).toList())
                : Map.<String, org.switchboard.server.voice.store.ContactFacts>of();
        long unlinked = 0;
        for (var response : checked) {
            if (response.contactId().isPresent() && !linked.containsKey(response.contactId().get())) {
                unlinked++;
                warnings.add(new InputProblem(request.fileName(), response.line(), "contactId",
                        response.contactId().get(), "unknown contact id: the response is kept, flagged unlinked"));
            }
        }
        long added = 0;
        if (!refused) {
            if (survey.audience() == Audience.CUSTOMER) {
                var result = store.addCustomerResponses(survey.id(), request.source(), loadId, checked, linked,
                        centreZone);
                counts.rebuild(survey.id(), result.months());
                added = result.responses();
            } else {
                added = store.addStaffResponses(request.source(), loadId, checked, centreZone);
            }
        }
        var loadCounts = new LoadCounts(raws.size(), added, refused ? 0 : checked.size() - added,
                rejectedLines.size(), refused ? 0 : unlinked);
        store.keepProblems(loadId, rejections, refused ? "REFUSED" : "QUARANTINED");
        store.keepProblems(loadId, warnings, "FLAGGED");
        store.finishLoad(loadId, refused ? "REFUSED" : "COMPLETED", loadCounts);
        auditLog.record("SURVEY_RESPONSES_IMPORTED", "voice_load", String.valueOf(loadId),
                survey.code() + " from " + request.source() + " (" + request.fileName() + "): added " + added
                        + ", rejected " + rejectedLines.size() + (refused ? ", refused" : ""));
        var problems = new ArrayList<InputProblem>(rejections);
        problems.addAll(warnings);
        return new SurveyImportOutcome(loadId, !refused, loadCounts.read(), loadCounts.added(), loadCounts.present(),
                loadCounts.rejected(), loadCounts.unlinked(), problems);
    }
}
