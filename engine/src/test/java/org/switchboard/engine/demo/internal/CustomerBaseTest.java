package org.switchboard.engine.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CustomerBaseTest {

    @Test
    void phoneNumbersAreDistinctGermanOrRussianMobiles() {
        var seen = new HashSet<String>();
        for (int customer = 0; customer < CustomerBase.POOL; customer += 17) {
            var phone = CustomerBase.phone(customer);
            assertThat(seen.add(phone)).as("duplicate %s", phone).isTrue();
        }
        assertThat(seen).allMatch(phone -> phone.matches("\\+49(15[1279]|16[023]|17\\d)\\d{8}|\\+79\\d{9}"));
        assertThat(seen).anyMatch(phone -> phone.startsWith("+79")).anyMatch(phone -> phone.startsWith("+49"));
    }

    @Test
    void aReturnIsDueOnlyFromItsTime() {
        var customers = new CustomerBase(2, 1_000);
        customers.scheduleReturn(1, 5_000, 42, 3);
        customers.scheduleReturn(1, 4_000, 7, 1);
        assertThat(customers.takeDueReturn(1, 3_999)).isEqualTo(-1);
        assertThat(customers.takeDueReturn(0, 10_000)).isEqualTo(-1);
        long first = customers.takeDueReturn(1, 6_000);
        assertThat(CustomerBase.customerOf(first)).isEqualTo(7);
        assertThat(CustomerBase.reasonOf(first)).isEqualTo(1);
        long second = customers.takeDueReturn(1, 6_000);
        assertThat(CustomerBase.customerOf(second)).isEqualTo(42);
        assertThat(CustomerBase.reasonOf(second)).isEqualTo(3);
    }
}
