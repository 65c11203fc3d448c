package org.switchboard.server.interactions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.switchboard.engine.core.InputProblem;
import org.switchboard.server.interactions.DataLoad;
import org.switchboard.server.interactions.ImportFormat;
import org.switchboard.server.interactions.ImportRejection;
import org.switchboard.server.interactions.Importer;
import org.switchboard.server.interactions.InteractionRoles;
import org.switchboard.server.interactions.LoadStatus;

/**
 * Turns loads and rejected lines into what the pages show: a load still {@code RUNNING} with no live job in this
 * process is shown as {@code INTERRUPTED}; values and raw text of rejected lines are masked
 * ({@link PersonalDataMask}) for users who may not see customer data ({@link InteractionRoles#RAW_TEXT_READERS}).
 */
@Component
class LoadViews {

    private final Importer importer;
    private final ImportJobs jobs;

    LoadViews(Importer importer, ImportJobs jobs) {
        this.importer = importer;
        this.jobs = jobs;
    }

    /** {@return the latest loads, newest first} */
    List<LoadRow> latest(int limit) {
        return importer.latestLoads(limit).stream().map(this::row).toList();
    }

    /** {@return the load with this id, if it exists} */
    Optional<LoadRow> load(long id) {
        return importer.load(id).map(this::row);
    }

    /** {@return problems listed by an outcome, masked for the user} */
    List<ProblemRow> problems(List<InputProblem> problems, Authentication user) {
        var mask = mask(user);
        return problems.stream()
                .map(problem -> new ProblemRow(Optional.empty(), problem.file(), problem.line(), problem.field(),
                        mask.apply(problem.value()), problem.reason(), Optional.empty(), Optional.empty()))
                .toList();
    }

    /** {@return the first {@code limit} rejected lines of a load, in line order, masked for the user} */
    List<ProblemRow> rejections(long loadId, int limit, Authentication user) {
        var mask = mask(user);
        var rows = new ArrayList<ProblemRow>();
        importer.forEachRejection(loadId, rejection -> {
            if (rows.size() < limit) {
                rows.add(row(rejection, mask));
            }
        });
        return rows;
    }

    /** {@return how a user sees values of rejected lines: as they are, or masked} */
    static UnaryOperator<String> mask(Authentication user) {
        return seesRaw(user) ? UnaryOperator.identity() : PersonalDataMask::mask;
    }

    /** {@return whether the user sees rejected lines as they were read, so may correct and re-submit them} */
    static boolean seesRaw(Authentication user) {
        return InteractionRoles.seesRawText(InteractionRoles.rolesOf(user));
    }

    /** {@return whether the user may upload and act on quarantined lines} */
    static boolean canEdit(Authentication user) {
        return InteractionRoles.canEdit(InteractionRoles.rolesOf(user));
    }

    /** {@return a kept rejected line as a row, masked with {@code mask}} */
    static ProblemRow row(ImportRejection rejection, UnaryOperator<String> mask) {
        var problem = rejection.problem();
        return new ProblemRow(Optional.of(rejection.id()), problem.file(), problem.line(), problem.field(),
                mask.apply(problem.value()), problem.reason(), rejection.rawText().map(mask),
                Optional.of(rejection.status()));
    }

    private LoadRow row(DataLoad load) {
        var status = load.status() == LoadStatus.RUNNING && !jobs.isLive(load.startedAt())
                ? LoadStatus.INTERRUPTED
                : load.status();
        return new LoadRow(load.id(), load.actor(), load.startedAt(), load.fileName().orElse(load.description()),
                load.format().map(ImportFormat::slug), status.name(), load.counts());
    }
}
