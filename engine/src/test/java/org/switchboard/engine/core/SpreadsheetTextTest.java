package org.switchboard.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    /** Each start OWASP's CSV Injection page lists, with a payload of its kind. */
    @ParameterizedTest
    @ValueSource(strings = {
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1"
    })
    void prefixesEveryDangerousStartWithASingleQuote(String text) {
        assertThat(SpreadsheetText.startsDangerously(text)).isTrue();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    /** A phone number in E.164 starts with "+" too: quoted, it stays text, which is what it is. */
    @ParameterizedTest
    @ValueSource(strings = {"+", "-", "=", "@", "+4930123456"})
    void prefixesALoneDangerousCharacterAndPhoneNumbersToo(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna Schmidt", "sales=east", "'quoted", "5-3", " =1+1"})
    void leavesTextThatDoesNotStartDangerouslyAlone(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isSameAs(text);
    }

    @Test
    void leavesTheEmptyTextAlone() {
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.startsDangerously("")).isFalse();
    }
}
