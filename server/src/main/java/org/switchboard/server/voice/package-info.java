/**
 * Voice of the customer and of employees (issue 6, metrics.md §4 and §6): surveys and their questions
 * ({@link org.switchboard.server.voice.SurveyCatalogue}), responses imported from CSV or .xlsx with a saved column
 * mapping or posted to the ingest API ({@link org.switchboard.server.voice.SurveyImporter}), each linked to its
 * contact's queue, agent, wait, transfer and repeat-contact facts when the contact is known; anonymous staff answers;
 * and the pages, exports and REST endpoints of CSAT, CDSAT, NPS, CES and eNPS with their intervals, read from
 * monthly answer counts.
 *
 * <p>Who sees what: every role of the section sees the figures; comment text only the roles of
 * {@link org.switchboard.server.voice.VoiceRoles#COMMENT_READERS}; staff answers are never shown per person and never
 * in a breakdown of fewer than {@link org.switchboard.server.voice.VoiceRoles#MIN_STAFF_GROUP} respondents.
 */
@NullMarked
package org.switchboard.server.voice;

import org.jspecify.annotations.NullMarked;
