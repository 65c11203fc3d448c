package org.switchboard.server.support;

import java.util.UUID;

/** Names no other test uses: the integration tests share one database, so rows must not collide. */
public final class UniqueNames {

    private UniqueNames() {}

    /**
     * {@return {@code prefix} followed by a dash and 10 random lower-case hex digits; a valid user name when the prefix
     * is lower-case letters}
     *
     * @param prefix what the name is for, e.g. {@code "planner"}
     */
    public static String of(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
