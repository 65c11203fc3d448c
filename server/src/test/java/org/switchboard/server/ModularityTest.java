package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The server's capability packages are Spring Modulith application modules: no cycles between them, and no access
 * into another module's internals. Also keeps the module diagrams in {@code docs/modules/} up to date.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SwitchboardApplication.class);

    @Test
    void capabilityModulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("shell", "security", "user", "audit", "operations", "cli");
    }

    /**
     * Writes the diagrams into {@code target/modules} and copies a diagram to {@code docs/modules} only when its
     * content changed. Spring Modulith writes the same diagram's lines in a different order from run to run, so the
     * comparison ignores the order; otherwise every test run would leave the working tree dirty.
     */
    @Test
    void keepsTheModuleDiagramsUpToDate() throws IOException {
        Path written = Path.of("target/modules");
        Path documented = Path.of("../docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Files.createDirectories(documented);
        try (Stream<Path> diagrams = Files.list(written)) {
            for (Path diagram : diagrams.toList()) {
                Path target = documented.resolve(diagram.getFileName());
                if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(diagram))) {
                    Files.copy(diagram, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(documented.resolve("components.puml")).exists();
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
