package org.switchboard.server.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerMaskTest {

    @Test
    void keepsTheCountryCodeAndTheLastTwoDigitsOfAPhoneNumber() {
        assertThat(CustomerMask.mask("+4915123456712")).isEqualTo("+49 ••• ••12");
    }

    @Test
    void keepsTheFirstLetterAndTheEndOfTheDomainOfAnAddress() {
        assertThat(CustomerMask.mask("anna.schmidt@example.de")).isEqualTo("a•••@•••de");
    }

    @Test
    void masksShortValuesWhole() {
        assertThat(CustomerMask.mask("12345")).isEqualTo("•••");
    }
}
