package org.switchboard.server.schedules;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.switchboard.engine.scheduling.RequirementCsv;

/**
 * Reads an uploaded requirement file (the command line's REQ.csv, {@code timestamp,skill,agents}) with the engine's
 * {@link RequirementCsv} into requirement points. A timestamp without an offset is in the centre's time zone; agents
 * must be a whole number here, since a stored requirement counts whole agents. A bad file is refused with its first
 * problem, which names the file, the line, the field, the value and the reason.
 */
public final class RequirementUpload {

    private RequirementUpload() {}

    /**
     * Reads every row of a requirement file.
     *
     * @param fileName the file's name, for errors
     * @param in the file's bytes, UTF-8
     * @param zone the centre's time zone, for timestamps without an offset
     * @return the rows in file order
     * @throws RequirementFileException if the header or a row is not as described
     * @throws IOException if the file cannot be read
     */
    public static List<RequirementPoint> read(String fileName, InputStream in, ZoneId zone) throws IOException {
        var points = new ArrayList<RequirementPoint>();
        var fractional = new ArrayList<RequirementCsv.Problem>();
        var problems = new ArrayList<>(RequirementCsv.read(fileName, in, row -> {
            if (row.agents() == Math.rint(row.agents()) && row.agents() <= Integer.MAX_VALUE) {
                points.add(new RequirementPoint(row.instant(zone), row.skill(), (int) row.agents()));
            } else {
                fractional.add(new RequirementCsv.Problem(fileName, row.line(), "agents",
                        Double.toString(row.agents()), "a whole number of agents"));
            }
        }));
        problems.addAll(fractional);
        if (!problems.isEmpty()) {
            throw new RequirementFileException(
                    problems.stream().min(Comparator.comparingLong(RequirementCsv.Problem::line)).orElseThrow());
        }
        return List.copyOf(points);
    }

    /** {@return the skill a stored requirement's queue stands for: the queue, or {@code all} for an unnamed one} */
    static String skillOf(String queue) {
        return queue.isBlank() ? "all" : queue;
    }

    /** A requirement file that cannot be read, with where and why. */
    public static final class RequirementFileException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** Where and why. */
        private final transient RequirementCsv.Problem problem;

        RequirementFileException(RequirementCsv.Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        /** {@return the file's name} */
        public String fileName() {
            return problem.file();
        }

        /** {@return the line, from 1} */
        public long line() {
            return problem.line();
        }

        /** {@return the field} */
        public String field() {
            return problem.field();
        }

        /** {@return the value read} */
        public String value() {
            return problem.value();
        }

        /** {@return why it is refused, in English} */
        public String reason() {
            return problem.reason();
        }
    }
}
