package org.switchboard.server.voice;

import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.switchboard.server.voice.importing.RawValues;
import org.switchboard.server.voice.importing.ResponseRows;
import org.switchboard.server.voice.store.AnswerCounts;
import org.switchboard.server.voice.store.ContactLinks;
import org.switchboard.server.voice.store.LoadCounts;
import org.switchboard.server.voice.store.QuarantineLines;
import org.switchboard.server.voice.store.ResponseStore;

/**
 * Imports survey responses: a CSV or .xlsx file read through a saved {@link ColumnMapping}, or a batch from the
 * ingest API. Each line is checked ({@link ResponseCheck}); the policy decides what a rejected line does, as for
 * interaction data ({@link RejectPolicy}): {@code REJECT_FILE} stores nothing when any line is rejected,
 * {@code QUARANTINE} stores the valid lines and keeps the rejected ones. A response naming a contact that is held is
 * linked to the contact's facts; one naming an unknown contact is kept, flagged as unlinked. Responses already held
 * (survey, source, response id) are left as they were, so re-importing never duplicates. The answer counts of the
 * months an import added to are rebuilt in the same transaction. A quarantined line keeps its values, to be corrected
 * and re-submitted ({@link #resubmit}).
 */
@Service
public class SurveyImporter {

    private static final String QUARANTINED = "QUARANTINED";

    private final SurveyCatalogue catalogue;
    private final ResponseStore store;
    private final QuarantineLines quarantine;
    private final ContactLinks contacts;
    private final AnswerCounts counts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ZoneId centreZone;

    SurveyImporter(SurveyCatalogue catalogue, ResponseStore store, QuarantineLines quarantine, ContactLinks contacts, AnswerCounts counts,
            AuditLog auditLog, Clock clock, @Value("${switchboard.time-zone:UTC}") ZoneId centreZone) {
        this.catalogue = catalogue;
        this.store = store;
        this.quarantine = quarantine;
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
        return store(request, mapping.dateTimePattern(), rows.responses(), rows.problems()).outcome();
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
        return store(request, ColumnMapping.ISO_PATTERN, responses, List.of()).outcome();
    }

    /**
     * Re-submits a quarantined line with the values the user corrected, as a load of its own named after the line,
     * read as its load read it (source, date pattern, zone) and taken only whole. When it passes, the response is
     * stored (or found already held: never twice) and the line leaves the quarantine ({@code RESUBMITTED}); when it
     * is rejected again, it stays in quarantine with the corrected values and its new problems.
     *
     * @param loadId the load that quarantined the line
     * @param line the line
     * @param values the corrected values by name ({@link RawValues})
     * @param actor who re-submits, for the audit log
     * @return the outcome of the re-submission; empty when the line is not in quarantine
     */
    @Transactional
    public Optional<SurveyImportOutcome> resubmit(long loadId, long line, Map<String, String> values, String actor) {
        var load = store.load(loadId);
        var held = quarantine.held(loadId, line);
        if (load.isEmpty() || held.isEmpty()) {
            return Optional.empty();
        }
        var survey = catalogue.find(load.get().survey()).orElseThrow(
                () -> new IllegalStateException("load " + loadId + " names a survey no longer held"));
        var raw = RawValues.response(line, values, survey.questions().stream().map(Question::code).toList());
        var file = load.get().fileName();
        var request = new SurveyImportRequest(survey.code(), load.get().source(), "line " + line + " of " + file,
                Optional.empty(), Optional.of(held.get().zone()), RejectPolicy.REJECT_FILE, actor);
        var result = store(request, held.get().datePattern(), List.of(raw), List.of());
        if (result.outcome().imported()) {
            quarantine.release(loadId, line);
            auditLog.record("SURVEY_QUARANTINE_RESUBMITTED", "voice_load", String.valueOf(loadId),
                    "line " + line + " stored by load " + result.outcome().loadId());
        } else {
            quarantine.replace(loadId, line, RawValues.encode(RawValues.of(raw)));
            store.keepProblems(loadId, result.rejections().stream()
                    .map(p -> new InputProblem(file, line, p.field(), p.value(), p.reason())).toList(),
                    QUARANTINED);
        }
        return Optional.of(result.outcome());
    }

    private Stored store(SurveyImportRequest request, String pattern, List<RawResponse> raws,
            List<InputProblem> fileProblems) {
        var survey = catalogue.find(request.surveyCode()).orElseThrow(
                () -> new IllegalArgumentException("no survey with the code " + request.surveyCode()));
        long loadId = store.startLoad(survey.id(), request.source(), request.fileName(), request.policy().name(),
                request.actor(), clock.instant());
        var zone = request.zone().orElse(centreZone);
        var check = new ResponseCheck(survey, request.fileName(), zone, pattern);
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
        store.keepProblems(loadId, rejections, refused ? "REFUSED" : QUARANTINED);
        if (!refused) {
            raws.stream().filter(raw -> rejectedLines.contains(raw.line())).forEach(raw -> quarantine.hold(
                    new QuarantineLines.Held(loadId, raw.line(), pattern, zone, RawValues.encode(RawValues.of(raw)))));
        }
        store.keepProblems(loadId, warnings, "FLAGGED");
        store.finishLoad(loadId, refused ? "REFUSED" : "COMPLETED", loadCounts);
        auditLog.record("SURVEY_RESPONSES_IMPORTED", "voice_load", String.valueOf(loadId),
                survey.code() + " from " + request.source() + " (" + request.fileName() + "): added " + added
                        + ", rejected " + rejectedLines.size() + (refused ? ", refused" : ""));
        var problems = new ArrayList<InputProblem>(rejections);
        problems.addAll(warnings);
        return new Stored(new SurveyImportOutcome(loadId, !refused, loadCounts.read(), loadCounts.added(),
                loadCounts.present(), loadCounts.rejected(), loadCounts.unlinked(), problems), rejections);
    }

    /** An import's outcome and, apart from its warnings, the problems that rejected lines. */
    private record Stored(SurveyImportOutcome outcome, List<InputProblem> rejections) {}
}
