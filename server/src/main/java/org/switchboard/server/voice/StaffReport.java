package org.switchboard.server.voice;

import java.util.List;
import java.util.Optional;

/**
 * The staff survey for a range of months, anonymous: never per person, and no group of fewer than
 * {@link VoiceRoles#MIN_STAFF_GROUP} respondents.
 *
 * @param survey the survey
 * @param everyone all respondents; empty when they are fewer than the minimum
 * @param teams the teams that may be shown one by one (see {@link AnonymousGroups})
 * @param otherTeams the hidden teams together, when they hold at least the minimum
 * @param hiddenTeams how many teams are not shown one by one
 */
public record StaffReport(
        Survey survey,
        Optional<StaffGroup> everyone,
        List<StaffGroup> teams,
        Optional<StaffGroup> otherTeams,
        int hiddenTeams) {}
