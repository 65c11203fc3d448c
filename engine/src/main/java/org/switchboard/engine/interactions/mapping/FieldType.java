package org.switchboard.engine.interactions.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.core.Direction;
import org.switchboard.engine.core.Disposition;

/** How a mapped field's text is read. */
public enum FieldType {
    /** Free text, taken as written (stripped of surrounding blanks). */
    TEXT(null),
    /** A date and time: one of the profile's date-time patterns, in the profile's zone unless the text has an offset. */
    INSTANT(null),
    /** A calendar date, the profile's date pattern. */
    DATE(null),
    /** A time of day, the profile's time pattern. */
    TIME(null),
    /** A duration in the field's {@link DurationUnit}. */
    DURATION(null),
    /** A {@link Channel} name. */
    CHANNEL(Channel.class),
    /** A {@link Direction} name. */
    DIRECTION(Direction.class),
    /** A {@link Disposition} name. */
    DISPOSITION(Disposition.class),
    /** An {@link AgentState} name. */
    AGENT_STATE(AgentState.class),
    /** {@code true} or {@code false}, in any case. */
    BOOLEAN(null),
    /** A decimal number with the profile's decimal separator. */
    DECIMAL(null);

    private final @Nullable Class<? extends Enum<?>> codes;
    /** The code names, so looking one up costs a hash, not a scan (every row reads several codes). */
    private final Set<String> names;

    FieldType(@Nullable Class<? extends Enum<?>> codes) {
        this.codes = codes;
        var constants = codes == null ? new Enum<?>[0] : codes.getEnumConstants();
        this.names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** {@return whether the field takes one of a closed set of codes (an enum), so translations must map to one} */
    public boolean isCode() {
        return codes != null || this == BOOLEAN;
    }

    /**
     * {@return the code's canonical name when {@code text} names one of this type's codes, ignoring case and
     * surrounding blanks; empty when it does not or the type takes no codes}
     *
     * @param text the text, after translation
     */
    public Optional<String> code(String text) {
        var wanted = text.strip().toUpperCase(Locale.ROOT);
        if (this == BOOLEAN) {
            return wanted.equals("TRUE") || wanted.equals("FALSE") ? Optional.of(wanted) : Optional.empty();
        }
        return names.contains(wanted) ? Optional.of(wanted) : Optional.empty();
    }
}
