package org.switchboard.server.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.switchboard.server.cli.Switchboard;

/**
 * Runs the {@code switchboard} command line in a JVM of its own, on the test class path: for tests that need a process
 * to exit, or to be killed, on its own.
 */
public final class SwitchboardProcess {

    private SwitchboardProcess() {}

    /**
     * Starts {@code java -cp <test class path> -D<name>=<value>... org.switchboard.server.cli.Switchboard <arguments>}
     * with the Java of the running JVM.
     *
     * @param log where its standard output and error go
     * @param systemProperties system properties of the JVM, e.g. a datasource URL
     * @param arguments the command line
     * @return the running process
     * @throws IOException if it cannot be started
     */
    public static Process start(Path log, Map<String, String> systemProperties, List<String> arguments)
            throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(Switchboard.class.getName());
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
