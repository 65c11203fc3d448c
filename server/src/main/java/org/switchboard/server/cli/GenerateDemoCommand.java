package org.switchboard.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the engine's demo generator lands (helper is writing it). */
@Command(name = "generate-demo", mixinStandardHelpOptions = true, description = "Write the demo data set as files.")
final class GenerateDemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
