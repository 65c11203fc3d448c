package org.switchboard.engine.interactions.queuelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cache of repeated {@code queue_log} field values: always the same characters, shared when repeated. */
class RepeatedFieldsTest {

    @Test
    void repeatedValueIsSharedAndEqualToItsCharacters() {
        var fields = new RepeatedFields();
        var first = fields.value("1700000000|1.1|support|Agent/1001|CONNECT|3", 15, 22);
        var again = fields.value("1700000060|2.7|support|NONE|ENTERQUEUE||+4930", 15, 22);
        assertThat(first).isEqualTo("support");
        assertThat(again).isSameAs(first);
        assertThat(fields.value("a||b", 2, 2)).isEmpty();
    }

    @Test
    void longValueIsCopiedEveryTime() {
        var fields = new RepeatedFields();
        var text = "x|http://example.com/a-long-url-of-the-call|y";
        var first = fields.value(text, 2, text.length() - 2);
        assertThat(first).isEqualTo("http://example.com/a-long-url-of-the-call");
        assertThat(fields.value(text, 2, text.length() - 2)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void everyValueEqualsTheSubstringWhateverCollides() {
        // 20 000 random short values over 1 024 slots: many collide and replace each other
        var fields = new RepeatedFields();
        var random = new Random(20261122L);
        for (int k = 0; k < 20_000; k++) {
            var text = "|" + Integer.toString(random.nextInt(5_000), 36) + "|";
            assertThat(fields.value(text, 1, text.length() - 1)).isEqualTo(text.substring(1, text.length() - 1));
        }
    }
}
