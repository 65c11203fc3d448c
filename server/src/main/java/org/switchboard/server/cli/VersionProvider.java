package org.switchboard.server.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest ({@code Implementation-Version}), "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        var version = Switchboard.class.getPackage().getImplementationVersion();
        return new String[] {"Switchboard " + (version == null ? "development build" : version)};
    }
}
