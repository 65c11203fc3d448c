package org.switchboard.server.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.Contract;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Infeasibility;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.RequirementCsv;
import org.switchboard.engine.scheduling.RequirementTable;
import org.switchboard.engine.scheduling.SchedulingProblem;
import org.switchboard.server.schedules.RulesDocument;

/**
 * Reads the input files of {@code switchboard schedule} into a {@link SchedulingProblem}: REQ.csv
 * ({@code timestamp,skill,agents}), AGENTS.csv ({@code id,name,skills,contract,unavailable} plus the optional columns
 * {@code team}, {@code seniority}, {@code preferredStart}, {@code preferredDaysOff}) and RULES.json (read by the rules
 * editor's {@link RulesDocument}, so that a file downloaded from the editor plans the same here). Every error names
 * the file, the line, the field, the value and the reason. The horizon runs from the first to the last date of REQ.csv,
 * on the planning clock ({@link PlanningClock}): timestamps with an ISO-8601 offset ({@code +03:00}, {@code Z}) are
 * moved to it, timestamps without one are read as written.
 */
final class ScheduleFiles {

    private ScheduleFiles() {}

    /**
     * The problem, or the gaps of the requirement that stop it.
     *
     * @param problem the problem, on the planning clock
     * @param gaps the missing intervals of the requirement
     * @param clock the offset of the planning clock, empty when REQ.csv writes no offset (local times as written)
     */
    record Read(SchedulingProblem problem, List<Infeasibility> gaps, Optional<ZoneOffset> clock) {}

    /**
     * The clock the schedule is planned on: the offset of the first timestamp of REQ.csv (in file order) that writes
     * one. A timestamp with another offset is moved to it at the same instant ({@code 2026-03-02T05:00Z} is
     * {@code 2026-03-02T08:00} on a {@code +03:00} clock); a timestamp without an offset is taken as a time on that
     * clock. With no offset in the file, every timestamp is the local time it shows. Shift templates, leave dates and
     * the schedule's times are on the same clock.
     *
     * @param offset the clock's offset, if the file writes any
     */
    record PlanningClock(Optional<ZoneOffset> offset) {

        static PlanningClock of(List<RequirementCsv.Row> rows) {
            return new PlanningClock(
                    rows.stream().map(RequirementCsv.Row::offset).flatMap(Optional::stream).findFirst());
        }

        /** {@return the row's start on this clock} */
        LocalDateTime start(RequirementCsv.Row row) {
            return row.offset()
                    .map(written -> row.start().atOffset(written)
                            .withOffsetSameInstant(offset.orElse(written))
                            .toLocalDateTime())
                    .orElse(row.start());
        }
    }

    static Read read(Path requirements, Path agents, Path rulesFile) throws IOException {
        RulesDocument.WithInterval document;
        try (var in = Files.newInputStream(rulesFile)) {
            document = RulesDocument.readWithInterval(rulesFile.getFileName().toString(), in);
        }
        var rules = document.rules();
        var rows = requirementRows(requirements);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(requirements.getFileName() + ": no requirement rows");
        }
        var clock = PlanningClock.of(rows);
        var first = rows.stream().map(row -> clock.start(row).toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        var last = rows.stream().map(row -> clock.start(row).toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        var horizon = new Horizon(first, (int) ChronoUnit.DAYS.between(first, last) + 1, document.intervalMinutes());
        var table = new RequirementTable(horizon);
        var seen = new HashMap<String, Long>();
        for (var row : rows) {
            var start = clock.start(row);
            var written = row.offset().map(offset -> row.start() + offset.getId()).orElse(row.start().toString());
            var onClock = start.equals(row.start())
                    ? ""
                    : " (" + start + " on the planning clock " + clock.offset().orElseThrow() + ")";
            var earlier = seen.putIfAbsent(row.skill() + "|" + start, row.line());
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "%s line %d, field timestamp: value '%s'%s — the same interval of skill %s as line %d"
                                .formatted(requirements.getFileName(), row.line(), written, onClock, row.skill(),
                                        earlier));
            }
            try {
                table.add(start, row.skill(), row.agents());
            } catch (IllegalArgumentException offGrid) {
                throw new IllegalArgumentException("%s line %d, field timestamp: value '%s'%s — %s".formatted(
                        requirements.getFileName(), row.line(), written, onClock, offGrid.getMessage()), offGrid);
            }
        }
        var staff = agents(agents, rules);
        try {
            var problem = new SchedulingProblem(
                    horizon, table.requirements(), List.of(), rules.templates(), staff, rules.weights());
            return new Read(problem, table.gaps(), clock.offset());
        } catch (IllegalArgumentException inconsistent) {
            throw new IllegalArgumentException("%s, %s, %s: %s".formatted(requirements.getFileName(),
                    agents.getFileName(), rulesFile.getFileName(), inconsistent.getMessage()), inconsistent);
        }
    }

    /** {@return the rows of REQ.csv, read by {@link RequirementCsv}; every bad line is named in one message} */
    private static List<RequirementCsv.Row> requirementRows(Path file) throws IOException {
        var rows = new ArrayList<RequirementCsv.Row>();
        List<RequirementCsv.Problem> problems;
        try (var in = Files.newInputStream(file)) {
            problems = RequirementCsv.read(file.getFileName().toString(), in, rows::add);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    String.join("; ", problems.stream().map(RequirementCsv.Problem::message).toList()));
        }
        return rows;
    }

    private static List<Agent> agents(Path file, RulesDocument rules) throws IOException {
        var contracts = new LinkedHashMap<String, Contract>();
        rules.contracts().forEach(contract -> contracts.put(contract.name(), contract));
        var agents = new ArrayList<Agent>();
        try (var csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (var record : csv) {
                var where = new Where(file, record);
                var contractName = where.text("contract");
                var contract = contracts.get(contractName);
                if (contract == null) {
                    throw where.error("contract", contractName, "no contract of that name in RULES.json "
                            + contracts.keySet());
                }
                var skills = Set.copyOf(where.list("skills"));
                if (skills.isEmpty()) {
                    throw where.error("skills", "", "at least one skill");
                }
                var unavailable = new HashSet<LocalDate>();
                for (var date : where.list("unavailable")) {
                    unavailable.add(where.date("unavailable", date));
                }
                agents.add(new Agent(
                        where.text("id"),
                        where.optional("name").orElse(where.text("id")),
                        skills,
                        where.optional("team").orElse(""),
                        contract,
                        unavailable,
                        new Preferences(where.preferredStart(), where.daysOfWeek("preferredDaysOff")),
                        where.optional("seniority").map(text -> where.whole("seniority", text)).orElse(0)));
            }
        }
        return agents;
    }

    /** One CSV record and how to name its fields in errors. */
    private record Where(Path file, NamedCsvRecord record) {

        String text(String field) {
            return optional(field).orElseThrow(() -> error(field, "", "a value is required"));
        }

        Optional<String> optional(String field) {
            return record.findField(field).map(String::strip).filter(value -> !value.isEmpty());
        }

        List<String> list(String field) {
            return optional(field).stream()
                    .flatMap(value -> Arrays.stream(value.split(";")))
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .toList();
        }

        int whole(String field, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException bad) {
                throw error(field, value, "a whole number");
            }
        }

        LocalDate date(String field, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException bad) {
                throw error(field, value, "ISO dates such as 2026-01-05, separated by ;");
            }
        }

        Optional<LocalTime> preferredStart() {
            return optional("preferredStart").map(value -> {
                try {
                    return LocalTime.parse(value);
                } catch (DateTimeParseException bad) {
                    throw error("preferredStart", value, "a time HH:MM");
                }
            });
        }

        Set<DayOfWeek> daysOfWeek(String field) {
            var days = new HashSet<DayOfWeek>();
            for (var value : list(field)) {
                var day = Arrays.stream(DayOfWeek.values())
                        .filter(d -> d.name().startsWith(value.toUpperCase(Locale.ROOT)) && value.length() >= 3)
                        .findFirst()
                        .orElseThrow(() -> error(field, value, "days of the week such as SAT;SUN"));
                days.add(day);
            }
            return days;
        }

        IllegalArgumentException error(String field, String value, String reason) {
            return new IllegalArgumentException("%s line %d, field %s: value '%s' — %s".formatted(
                    file.getFileName(), record.getStartingLineNumber(), field, value, reason));
        }
    }
}
