package org.switchboard.server.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.switchboard.engine.scheduling.Agent;
import org.switchboard.engine.scheduling.Horizon;
import org.switchboard.engine.scheduling.Infeasibility;
import org.switchboard.engine.scheduling.Preferences;
import org.switchboard.engine.scheduling.RequirementCsv;
import org.switchboard.engine.scheduling.RequirementTable;
import org.switchboard.engine.scheduling.SchedulingProblem;

/**
 * Reads the input files of {@code switchboard schedule} into a {@link SchedulingProblem}: REQ.csv
 * ({@code timestamp,skill,agents}), AGENTS.csv ({@code id,name,skills,contract,unavailable} plus the optional columns
 * {@code team}, {@code seniority}, {@code preferredStart}, {@code preferredDaysOff}) and RULES.json. Every error names
 * the file, the line, the field, the value and the reason. The horizon runs from the first to the last date of REQ.csv;
 * its timestamps are read as the local times they show (an offset written after one is not applied).
 */
final class ScheduleFiles {

    private ScheduleFiles() {}

    /** The problem, or the gaps of the requirement that stop it. */
    record Read(SchedulingProblem problem, List<Infeasibility> gaps) {}

    static Read read(Path requirements, Path agents, Path rulesFile) throws IOException {
        var rules = ScheduleRules.read(rulesFile);
        var rows = requirementRows(requirements);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(requirements.getFileName() + ": no requirement rows");
        }
        var first = rows.stream().map(row -> row.start().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        var last = rows.stream().map(row -> row.start().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        var horizon = new Horizon(first, (int) ChronoUnit.DAYS.between(first, last) + 1, rules.intervalMinutes());
        var table = new RequirementTable(horizon);
        for (var row : rows) {
            try {
                table.add(row.start(), row.skill(), row.agents());
            } catch (IllegalArgumentException offGrid) {
                throw new IllegalArgumentException("%s line %d, field timestamp: %s".formatted(
                        requirements.getFileName(), row.line(), offGrid.getMessage()), offGrid);
            }
        }
        var staff = agents(agents, rules);
        try {
            var problem = new SchedulingProblem(
                    horizon, table.requirements(), List.of(), rules.templates(), staff, rules.weights());
            return new Read(problem, table.gaps());
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

    private static List<Agent> agents(Path file, ScheduleRules rules) throws IOException {
        var agents = new ArrayList<Agent>();
        try (var csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (var record : csv) {
                var where = new Where(file, record);
                var contractName = where.text("contract");
                var contract = rules.contracts().get(contractName);
                if (contract == null) {
                    throw where.error("contract", contractName, "no contract of that name in RULES.json "
                            + rules.contracts().keySet());
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
