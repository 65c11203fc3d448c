package org.switchboard.server.interactions.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        // phone numbers keep their last two digits
        "c-1,VOICE,sales,+49 30 1234567,ANSWERED; c-1,VOICE,sales,•••67,ANSWERED",
        // queue_log: epoch seconds and call ids look like phone numbers and are masked too (the safe side)
        "1740902400|1740902400.17|sales|NONE|ENTERQUEUE||+4930123456|1; •••00|•••17|sales|NONE|ENTERQUEUE||•••56|1",
        "(030) 123-45-67; •••67",
        // e-mail addresses keep the first character and the domain
        "anna.k@example.org wrote; a•••@example.org wrote",
        // dates, times, short numbers and ids stay readable
        "2026-03-02 08:00:00,12,q-1234; 2026-03-02 08:00:00,12,q-1234",
        "02.03.2026 08:00; 02.03.2026 08:00"
    })
    void masksPhoneNumbersAndAddressesButKeepsDatesAndShortNumbers(String line, String masked) {
        assertThat(PersonalDataMask.mask(line)).isEqualTo(masked);
    }
}
