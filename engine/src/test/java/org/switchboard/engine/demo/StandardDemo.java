package org.switchboard.engine.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The standard demo centre with the default seed, generated once per test JVM and shared by the test classes that
 * only read it (a {@link DemoDataSet} is immutable).
 */
final class StandardDemo {

    /** The seed the command line uses by default. */
    static final long SEED = 20260302L;

    /** The standard eight weeks with {@link #SEED}. */
    static final DemoDataSet DATA = DemoCentre.generate(DemoSpec.standard(), DemoCentre.random(SEED));

    private StandardDemo() {}

    /** {@return the text of one CSV file of a data set} */
    static String csv(DemoCsv file, DemoDataSet data) {
        return text(out -> file.write(data, out));
    }

    /** {@return the text of the queue_log of a data set} */
    static String queueLog(DemoDataSet data) {
        return text(out -> QueueLogWriter.write(data, out));
    }

    private static String text(Output output) {
        var out = new StringWriter();
        try {
            output.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A writer of a data set's file. */
    private interface Output {
        void writeTo(Writer out) throws IOException;
    }
}
