package org.switchboard.bench.interactions;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The floor of the database for the import target of issue 3 (at least 100 000 contacts per second): how fast the
 * database engine alone stores contacts that are already parsed, mapped and checked, with the indexes the product keeps
 * on {@code contact}, written the way the import writes them on H2 (batched prepared INSERTs, a commit every
 * {@value #BATCH} rows). No parsing, mapping, checking, fingerprinting or fact refresh is measured.
 *
 * <p>It reads the rows of the product's own {@code contact} table (fill it first with {@code ./switchboard import}),
 * holds them in memory, then for each set of indexes copies them {@code rounds} times into a new table
 * {@code contact_floor} of the same columns, each round under new source ids so the natural key never collides, and
 * prints rows per second per round, and the CPU time the process used for it, which the load of other processes on a
 * shared machine does not change: at 100 000 rows/s on 2 cores, a row may cost at most 20 µs of CPU in all. Index sets, each adding one of the product's indexes: none, primary key
 * ({@code id}), natural key ({@code source_id, source, queue}), arrival ({@code arrived_at}), customer
 * ({@code customer_hash}, for repeat contacts and survey links).
 *
 * <p>Run ({@code docs/performance.md}, "End-to-end CSV import"): {@code bench/scripts/contact-write-floor.sh}.
 */
public final class ContactWriteFloor {

    private static final int BATCH = 5_000;
    private static final List<String> INDEXES = List.of(
            "ALTER TABLE contact_floor ADD PRIMARY KEY (id)",
            "ALTER TABLE contact_floor ADD CONSTRAINT contact_floor_key UNIQUE (source_id, source, queue)",
            "CREATE INDEX contact_floor_arrival ON contact_floor (arrived_at)",
            "CREATE INDEX contact_floor_customer ON contact_floor (customer_hash)");
    private static final List<String> NAMES = List.of("none", "+ primary key", "+ natural key", "+ arrival",
            "+ customer");

    /** The CPU time of this whole process (all its threads: the writer, H2's own, the JIT compiler and the GC). */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ContactWriteFloor() {}

    /**
     * Runs the measurement.
     *
     * @param args JDBC URL, user, password, rounds per index set
     * @throws SQLException if the database refuses a statement
     */
    public static void main(String[] args) throws SQLException {
        if (args.length != 4) {
            System.err.println("usage: ContactWriteFloor JDBC-URL USER PASSWORD ROUNDS");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[3]);
        try (var connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            var rows = readContacts(connection);
            int idColumn = column(connection, "id");
            int sourceIdColumn = column(connection, "source_id");
            int columns = rows.isEmpty() ? 0 : rows.getFirst().length;
            System.out.printf(Locale.ROOT, "%d contacts of %d columns read from table contact%n", rows.size(), columns);
            for (int indexes = 0; indexes <= INDEXES.size(); indexes++) {
                createTable(connection, indexes);
                for (int round = 0; round < rounds; round++) {
                    long started = System.nanoTime();
                    long cpuBefore = PROCESS.getProcessCpuTime();
                    insert(connection, rows, idColumn, sourceIdColumn, round);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    double cpu = (PROCESS.getProcessCpuTime() - cpuBefore) / 1e9;
                    System.out.printf(Locale.ROOT,
                            "%-14s round %d: %7.3f s, %,9.0f rows/s; this process used %6.3f s of CPU = %5.1f µs "
                                    + "per row%n",
                            NAMES.get(indexes), round + 1, seconds, rows.size() / seconds, cpu,
                            cpu * 1e6 / rows.size());
                }
            }
            execute(connection, "DROP TABLE contact_floor");
            connection.commit();
        }
    }

    private static List<Object[]> readContacts(Connection connection) throws SQLException {
        var rows = new ArrayList<Object[]>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT * FROM contact ORDER BY id")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new Object[columns];
                for (int column = 0; column < columns; column++) {
                    row[column] = result.getObject(column + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void createTable(Connection connection, int indexes) throws SQLException {
        connection.setAutoCommit(false);
        execute(connection, "DROP TABLE IF EXISTS contact_floor");
        execute(connection, "CREATE TABLE contact_floor AS SELECT * FROM contact WHERE 1 = 0");
        execute(connection, "ALTER TABLE contact_floor ALTER COLUMN id SET NOT NULL");
        for (var index : INDEXES.subList(0, indexes)) {
            execute(connection, index);
        }
        connection.commit();
    }

    /** Inserts every row once, ids and source ids made unique to the round, committing every {@value #BATCH}. */
    private static void insert(Connection connection, List<Object[]> rows, int idColumn, int sourceIdColumn, int round)
            throws SQLException {
        int columns = rows.getFirst().length;
        var placeholders = String.join(", ", Collections.nCopies(columns, "?"));
        try (var insert = connection.prepareStatement("INSERT INTO contact_floor VALUES (" + placeholders + ")")) {
            long idOffset = (long) round * rows.size();
            for (int k = 0; k < rows.size(); k++) {
                var row = rows.get(k);
                for (int column = 0; column < columns; column++) {
                    Object value = row[column];
                    if (column == idColumn) {
                        value = ((Number) value).longValue() + idOffset;
                    } else if (column == sourceIdColumn) {
                        value = round + ":" + value;
                    }
                    insert.setObject(column + 1, value);
                }
                insert.addBatch();
                if ((k + 1) % BATCH == 0 || k == rows.size() - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    /** {@return the 0-based position of the column in {@code SELECT * FROM contact}} */
    private static int column(Connection connection, String name) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT * FROM contact WHERE 1 = 0")) {
            var meta = result.getMetaData();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                if (meta.getColumnName(column).equalsIgnoreCase(name)) {
                    return column - 1;
                }
            }
        }
        throw new IllegalStateException("table contact has no column " + name);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
