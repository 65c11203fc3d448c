package org.switchboard.server.voice;

import java.util.List;

/**
 * The staff-survey figures of a group of at least {@link VoiceRoles#MIN_STAFF_GROUP} respondents.
 *
 * @param name the team, or {@code ""} for everyone, or {@code *} for the hidden teams together
 * @param respondents how many employees answered
 * @param questions the figures per question
 */
public record StaffGroup(String name, long respondents, List<QuestionReport> questions) {

    /** The name of the group of every respondent. */
    public static final String EVERYONE = "";

    /** The name of the group of the teams too small to show one by one. */
    public static final String OTHER_TEAMS = "*";
}
