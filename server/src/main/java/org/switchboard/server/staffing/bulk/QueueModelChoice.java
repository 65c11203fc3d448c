package org.switchboard.server.staffing.bulk;

import java.time.Duration;
import org.switchboard.engine.staffing.ErlangA;
import org.switchboard.engine.staffing.ErlangC;
import org.switchboard.engine.staffing.QueueModel;

/** The queueing models a bulk requirement can use, as stored in {@code requirement_set.model}. */
public enum QueueModelChoice {
    /** M/M/N, infinite patience. */
    ERLANG_C,
    /** M/M/N+M, exponential patience with the given mean. */
    ERLANG_A;

    /** {@return the engine's model; {@code patienceSeconds} is used by Erlang A only} */
    QueueModel model(double patienceSeconds) {
        return switch (this) {
            case ERLANG_C -> new ErlangC();
            case ERLANG_A -> new ErlangA(Duration.ofMillis(Math.round(patienceSeconds * 1000)));
        };
    }

    /** {@return the model's name in the message bundles and the CLI, e.g. {@code erlang-c}} */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
