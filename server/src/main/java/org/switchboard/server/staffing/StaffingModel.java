package org.switchboard.server.staffing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The queueing model a staffing question is answered with. */
public enum StaffingModel {
    /** Erlang B: no queue, a blocked contact is lost (lines, IVR ports, bot licences). */
    ERLANG_B,
    /** Erlang C: M/M/N, contacts wait as long as it takes. */
    ERLANG_C,
    /** Erlang A: M/M/N+M, waiting contacts abandon after an exponential patience. */
    ERLANG_A;

    /** {@return the name on the command line and in the REST API, e.g. {@code erlang-c}} */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the model with this slug ({@code erlang-b}, {@code erlang-c}, {@code erlang-a}), if any} */
    public static Optional<StaffingModel> fromSlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug().equals(slug)).findFirst();
    }
}
