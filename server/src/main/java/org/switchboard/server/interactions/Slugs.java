package org.switchboard.server.interactions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The names of enum constants on the command line and in the API: lower case, {@code -} for {@code _}. */
final class Slugs {

    private Slugs() {}

    /** {@return the slug of a constant, e.g. {@code queue-log} for {@code QUEUE_LOG}} */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the constant with this slug, case ignored, if there is one} */
    static <E extends Enum<E>> Optional<E> find(E[] constants, String slug) {
        return Arrays.stream(constants).filter(constant -> of(constant).equalsIgnoreCase(slug)).findFirst();
    }
}
