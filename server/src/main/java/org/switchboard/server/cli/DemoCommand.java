package org.switchboard.server.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code switchboard demo}: starts the server and loads the deterministic demo contact centre on first start. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Start Switchboard with the demo contact centre and one demo user per role.")
final class DemoCommand extends ServerCommand {

    @Option(
            names = "--seed",
            defaultValue = "20260302",
            description = "Seed of the demo data generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    Map<String, Object> commandProperties() {
        return Map.of("switchboard.demo.enabled", true, "switchboard.demo.seed", seed);
    }
}
