package org.switchboard.server.operations;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown on the console or in a log: every password in them masked. */
final class DatabaseUrl {

    /** Shown instead of a password. */
    static final String MASK = "***";

    // "//user:secret@host" (user-info form that several drivers accept)
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:?;&]*):[^@/?;&]*@");
    // "?password=…", "&sslpassword=…", ";PASSWORD=…" (H2, SQL Server), "pwd=…"
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)([?&;][^=?&;]*(?:password|pwd)=)[^&;]*");

    private DatabaseUrl() {}

    /**
     * Masks the passwords of a JDBC URL.
     *
     * @param jdbcUrl a JDBC URL, possibly with a password in its user-info part or its parameters
     * @return the URL with each password replaced by {@value #MASK}; everything else unchanged
     */
    static String withoutPassword(String jdbcUrl) {
        var masked = USER_INFO_PASSWORD.matcher(jdbcUrl).replaceAll("$1:" + MASK + "@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }
}
