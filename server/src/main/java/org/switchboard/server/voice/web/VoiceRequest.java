package org.switchboard.server.voice.web;

import org.jspecify.annotations.Nullable;

/**
 * The query of the customer-voice pages: the survey by code, the months {@code yyyy-MM} and the filter dimensions;
 * missing or blank values mean "the default" (the first survey, the last three months with answers) or "all".
 *
 * @param survey survey code
 * @param from first month, {@code yyyy-MM}
 * @param to last month, {@code yyyy-MM}
 * @param touchpoint touchpoint of the questions
 * @param channel channel of the contacts
 * @param queue queue of the contacts
 * @param team team of the handling agents
 * @param agent handling agent
 */
public record VoiceRequest(
        @Nullable String survey,
        @Nullable String from,
        @Nullable String to,
        @Nullable String touchpoint,
        @Nullable String channel,
        @Nullable String queue,
        @Nullable String team,
        @Nullable String agent) {}
