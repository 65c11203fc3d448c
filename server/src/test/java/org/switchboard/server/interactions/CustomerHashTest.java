package org.switchboard.server.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The stored customer key: hex SHA-256 of the address lower-cased with all but digits, letters, '@' and '.' removed.
 * Expected digests computed with coreutils, e.g. {@code printf '%s' 4917153854796 | sha256sum}.
 */
class CustomerHashTest {

    private static final String PHONE = "a9fd340f5a8838f3dbc5ae18775082d1f089b0602c0a5df487894f8357c36caf";
    private static final String MAIL = "a17f04363433664cd9d60e8af78338ac2670046702a3616aeb0c6dad42dbc093";
    private static final String KATE = "a4c9f193dfbb14bc37c4060c696f6baf97bbc7385e6eb6fc31bfe2afb98b7bd5";

    @Test
    void phoneNumberKeepsItsDigitsOnly() {
        // sha256sum of "4917153854796"
        assertThat(InteractionStore.customerHash("+4917153854796")).isEqualTo(PHONE);
        assertThat(InteractionStore.customerHash("+49 (171) 5385-4796")).isEqualTo(PHONE);
    }

    @Test
    void mailAddressIsLowerCased() {
        // sha256sum of "anna.muster@example.com"
        assertThat(InteractionStore.customerHash("Anna.Muster@Example.COM")).isEqualTo(MAIL);
        assertThat(InteractionStore.customerHash(" <anna.muster@example.com> ")).isEqualTo(MAIL);
    }

    @Test
    void textBeyondAsciiIsLowerCasedAsAWholeFirst() {
        // U+212A KELVIN SIGN lower-cases to 'k', a combining diaeresis (U+0308) is dropped: sha256sum of "kate@x.de"
        assertThat(InteractionStore.customerHash("\u212Aate@x.de")).isEqualTo(KATE);
        assertThat(InteractionStore.customerHash("KA\u0308TE@X.DE")).isEqualTo(KATE);
    }
}
