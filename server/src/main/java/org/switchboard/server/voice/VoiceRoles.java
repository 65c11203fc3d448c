package org.switchboard.server.voice;

import static org.switchboard.server.user.Role.ADMIN;
import static org.switchboard.server.user.Role.ANALYST;
import static org.switchboard.server.user.Role.MANAGER;
import static org.switchboard.server.user.Role.QA;
import static org.switchboard.server.user.Role.SUPERVISOR;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.switchboard.server.user.Role;

/**
 * Who may do what with survey data beyond opening the section ({@code Section.CUSTOMER_VOICE}).
 *
 * <p>Comment text is free text in which customers write names, phone numbers and complaints about named agents: it is
 * read by the roles that act on it (ADMIN, MANAGER, QA, ANALYST, SUPERVISOR). VIEWER sees the figures and how many
 * comments there are, never their text. Responses are imported by ADMIN, MANAGER and ANALYST.
 */
public final class VoiceRoles {

    /** Roles that see the text of customers' and employees' comments. */
    public static final Set<Role> COMMENT_READERS = Set.copyOf(EnumSet.of(ADMIN, MANAGER, QA, ANALYST, SUPERVISOR));

    /** Roles that import responses and define surveys and column mappings. */
    public static final Set<Role> EDITORS = Set.copyOf(EnumSet.of(ADMIN, MANAGER, ANALYST));

    /** The fewest respondents a figure of the staff survey may describe (anonymity, issue 6). */
    public static final int MIN_STAFF_GROUP = 5;

    private VoiceRoles() {}

    /** {@return whether a user with these roles sees comment text} */
    public static boolean readsComments(Collection<Role> roles) {
        return roles.stream().anyMatch(COMMENT_READERS::contains);
    }
}
