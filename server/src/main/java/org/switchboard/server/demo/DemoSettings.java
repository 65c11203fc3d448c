package org.switchboard.server.demo;

import java.nio.file.Path;

/**
 * What the demo loader was asked to do.
 *
 * @param enabled whether to load demo data at all ({@code switchboard demo})
 * @param seed seed of the generator
 * @param weeks weeks of history to generate, 1 or more
 * @param folder where the generated files are written
 */
record DemoSettings(boolean enabled, long seed, int weeks, Path folder) {

    DemoSettings {
        if (weeks < 1) {
            throw new IllegalArgumentException("switchboard.demo.weeks must be at least 1: weeks=" + weeks);
        }
    }

    /** {@return the description that identifies a load of these settings} */
    String description() {
        return "seed=" + seed + ", weeks=" + weeks;
    }
}
