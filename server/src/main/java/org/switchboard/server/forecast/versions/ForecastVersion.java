package org.switchboard.server.forecast.versions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A stored forecast version's header.
 *
 * @param id the version's id
 * @param request what was asked for and from which history
 * @param method the method that made the figures
 * @param fallbackReason why {@code method} differs from the requested one (e.g. too little history for it); empty
 *     when it does not
 * @param parameters the method's parameters as {@code name=value} pairs joined by {@code ;}
 * @param status draft or published
 * @param createdBy who made it
 * @param createdAt when
 * @param publishedBy who published it, when published
 * @param publishedAt when, when published
 */
public record ForecastVersion(
        long id,
        VersionRequest request,
        String method,
        String fallbackReason,
        String parameters,
        VersionStatus status,
        String createdBy,
        Instant createdAt,
        Optional<String> publishedBy,
        Optional<Instant> publishedAt) {

    /** {@return the queue} */
    public String queue() {
        return request.queue();
    }

    /** {@return the first day forecast} */
    public LocalDate firstDay() {
        return request.firstDay();
    }

    /** {@return the last day forecast} */
    public LocalDate lastDay() {
        return request.firstDay().plusDays(request.horizonDays() - 1L);
    }

    /** {@return whether the version is published} */
    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    /** {@return whether a method other than the requested one made the figures} */
    public boolean isFallback() {
        return !fallbackReason.isEmpty();
    }
}
