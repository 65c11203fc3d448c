package org.switchboard.server.cli;

import java.util.Map;
import picocli.CommandLine.Command;

/** {@code switchboard serve}: starts the server without demo data. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start Switchboard (embedded H2 database under --data unless SPRING_DATASOURCE_URL is set).")
final class ServeCommand extends ServerCommand {

    @Override
    Map<String, Object> commandProperties() {
        return Map.of();
    }
}
