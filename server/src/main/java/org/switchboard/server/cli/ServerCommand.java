package org.switchboard.server.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.SpringApplication;
import org.switchboard.server.SwitchboardApplication;
import picocli.CommandLine.Mixin;

/** Base of the commands that start the Spring application and keep it running. */
abstract class ServerCommand implements Callable<Integer> {

    private static final AtomicBoolean SERVER_RUNNING = new AtomicBoolean();

    @Mixin
    ServerOptions options = new ServerOptions();

    /** {@return whether a server command started the application, so the JVM must stay alive} */
    static boolean isServerRunning() {
        return SERVER_RUNNING.get();
    }

    /** {@return properties this command adds to the application's defaults} */
    abstract Map<String, Object> commandProperties();

    @Override
    public Integer call() {
        var dataDirectory = options.dataDirectory.toAbsolutePath().normalize();
        var properties = new LinkedHashMap<String, Object>();
        properties.put("server.port", options.port);
        properties.put("switchboard.data-dir", dataDirectory.toString());
        properties.putAll(commandProperties());
        // Passed as command-line properties so they win over application.properties (but not over nothing else
        // the user sets explicitly, such as SPRING_DATASOURCE_URL, which these never touch).
        var arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        try {
            var context = new SpringApplication(SwitchboardApplication.class).run(arguments);
            SERVER_RUNNING.set(context.isActive());
            return 0;
        } catch (RuntimeException alreadyReported) {
            // Boot has reported it (failure analysis or logged stack trace); picocli would print the trace again.
            return 1;
        }
    }
}
