package org.switchboard.server.staffing.bulk;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.switchboard.engine.staffing.QueueModel;
import org.switchboard.engine.staffing.ServiceTargets;
import org.switchboard.engine.staffing.StaffingSolver;
import org.switchboard.engine.staffing.Workload;
import org.switchboard.engine.staffing.forecastfile.ForecastFileParser;
import org.switchboard.engine.staffing.forecastfile.ForecastRow;
import org.switchboard.engine.staffing.forecastfile.ParseProblem;
import org.switchboard.server.audit.AuditLog;

/**
 * Turns an uploaded forecast file into a stored requirement set, all or nothing: a file with any problem stores
 * nothing and returns every problem; otherwise the requirement of every interval is computed first and the set is
 * stored with its intervals and an audit entry in one transaction. Every upload makes a new set, also of a file
 * uploaded before (sets are versions to compare, never replaced).
 */
@Service
public class BulkRequirements {

    /** Audit action of a stored set. */
    static final String AUDIT_ACTION = "REQUIREMENT_SET_CREATED";

    /** Audit target type of a set. */
    static final String AUDIT_TARGET = "requirement-set";

    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_FILE_NAME_LENGTH = 255;

    private final RequirementSetRepository repository;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId centreZone;

    BulkRequirements(
            RequirementSetRepository repository,
            AuditLog auditLog,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${switchboard.time-zone}") ZoneId centreZone) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
        this.centreZone = centreZone;
    }

    /** What became of an upload. */
    public sealed interface Outcome permits Stored, Refused {}

    /**
     * The file was good and the set is stored.
     *
     * @param id the new set's id
     */
    public record Stored(long id) implements Outcome {}

    /**
     * The file had problems; nothing was stored.
     *
     * @param problems every problem, in file order
     */
    public record Refused(List<ParseProblem> problems) implements Outcome {
        /** Copies the list. */
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** {@return the centre's time zone, in which forecast files are read and intervals shown} */
    public ZoneId centreZone() {
        return centreZone;
    }

    /**
     * Reads a forecast file and, when it has no problem, stores the requirement it implies.
     *
     * @param name the set's name; blank for the file name
     * @param fileName the uploaded file's name
     * @param content the file's bytes; not closed
     * @param parameters model, interval length and targets
     * @return the stored set's id, or every problem of the file
     */
    public Outcome upload(String name, String fileName, InputStream content, StaffingParameters parameters) {
        var parser = ForecastFileParser.of(Duration.ofMinutes(parameters.intervalMinutes()), centreZone);
        var file = parser.parse(fileName, content);
        if (!file.isClean()) {
            return new Refused(file.problems());
        }
        var intervals = requirements(file.rows(), parameters);
        var setName = shorten(name.isBlank() ? fileName : name.strip(), MAX_NAME_LENGTH);
        var sourceFile = shorten(fileName, MAX_FILE_NAME_LENGTH);
        var id = transaction.execute(status -> {
            long stored = repository.insert(setName, clock.instant(), currentUser(), parameters, sourceFile, intervals);
            auditLog.record(AUDIT_ACTION, AUDIT_TARGET, Long.toString(stored),
                    "name=%s, file=%s, intervals=%d, %s".formatted(
                            setName, sourceFile, intervals.size(), parameters.encode()));
            return stored;
        });
        return new Stored(java.util.Objects.requireNonNull(id));
    }

    /** {@return every stored set, newest first} */
    public List<RequirementSet> all() {
        return repository.findAll();
    }

    /** {@return the set with this id, if any} */
    public Optional<RequirementSet> find(long id) {
        return repository.find(id);
    }

    /** {@return the intervals of a set, by start and queue} */
    public List<RequirementInterval> intervals(long id) {
        return repository.intervals(id);
    }

    /**
     * The requirement of every row: the smallest number of agents meeting every target (engine
     * {@link StaffingSolver#requiredAgents}); an interval without contacts needs no agents and has no figures.
     */
    static List<RequirementInterval> requirements(List<ForecastRow> rows, StaffingParameters parameters) {
        QueueModel model = parameters.queueModel();
        ServiceTargets targets = parameters.targets();
        var intervals = new ArrayList<RequirementInterval>(rows.size());
        for (var row : rows) {
            if (!row.hasContacts()) {
                var none = OptionalDouble.empty();
                intervals.add(new RequirementInterval(
                        row.start(), row.queue(), row.contacts(), row.ahtSeconds(), 0, 0, none, none, none, none));
                continue;
            }
            var workload = Workload.of(row.contacts(), parameters.intervalMinutes(), row.ahtSeconds());
            var requirement = StaffingSolver.requiredAgents(model, workload, targets, parameters.shrinkage());
            var performance = requirement.performance();
            intervals.add(new RequirementInterval(
                    row.start(),
                    row.queue(),
                    row.contacts(),
                    row.ahtSeconds(),
                    requirement.agents(),
                    requirement.fte(),
                    finite(performance.serviceLevel()),
                    finite(performance.asaSeconds()),
                    finite(performance.probAbandon()),
                    finite(performance.occupancy())));
        }
        return intervals;
    }

    private static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditLog.SYSTEM_ACTOR : authentication.getName();
    }
}
