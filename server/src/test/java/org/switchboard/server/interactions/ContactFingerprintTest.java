package org.switchboard.server.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;
import org.switchboard.engine.interactions.Interaction;

class ContactFingerprintTest {

    private static final Instant ARRIVAL = Instant.parse("2026-03-02T08:00:00Z");

    private static Interaction answered(String queue, Optional<BigDecimal> revenue) {
        return new Interaction(
                "c-1",
                Channel.VOICE,
                queue,
                Direction.INBOUND,
                Optional.of("+4930123"),
                ARRIVAL,
                Optional.of(ARRIVAL.plusSeconds(12)),
                ARRIVAL.plusSeconds(192),
                Optional.empty(),
                Optional.of("a-7"),
                Disposition.ANSWERED,
                Optional.of("BILLING"),
                Optional.of(true),
                revenue);
    }

    @Test
    void hashesWithFnv1a64AsPublished() {
        // test vectors of the FNV reference (Noll, "FNV hash" test suite): "", "a", "foobar"
        assertThat(ContactFingerprint.fnv1a("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(ContactFingerprint.fnv1a("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(ContactFingerprint.fnv1a("foobar")).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void coversEveryStoredFieldButTheIdAsTheDatabaseKeepsThem() {
        var contact = answered("support", Optional.of(new BigDecimal("12.5")));

        assertThat(ContactFingerprint.canonical(contact))
                .isEqualTo("VOICE|support|INBOUND|+4930123|2026-03-02T08:00:00Z|2026-03-02T08:00:12Z|"
                        + "2026-03-02T08:03:12Z|\u0000|a-7|ANSWERED|BILLING|true|12.50|");
        assertThat(ContactFingerprint.of(contact))
                .isEqualTo(ContactFingerprint.fnv1a(ContactFingerprint.canonical(contact)));
    }

    @Test
    void equalValuesGiveEqualFingerprintsAndAnyChangeAnother() {
        var contact = answered("support", Optional.of(new BigDecimal("12.5")));

        assertThat(ContactFingerprint.of(answered("support", Optional.of(new BigDecimal("12.50")))))
                .isEqualTo(ContactFingerprint.of(contact));
        assertThat(ContactFingerprint.of(answered("sales", Optional.of(new BigDecimal("12.5")))))
                .isNotEqualTo(ContactFingerprint.of(contact));
        assertThat(ContactFingerprint.of(answered("support", Optional.empty())))
                .isNotEqualTo(ContactFingerprint.of(contact));
    }
}
