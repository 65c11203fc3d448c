package org.switchboard.engine.interactions.mapping;

import java.util.Optional;

/**
 * A field a {@link MappingProfile} can feed from a source column or a constant: a {@link ContactField} or an
 * {@link AgentEventField}.
 */
public sealed interface MappedField permits ContactField, AgentEventField {

    /** {@return the field's name in profiles (JSON keys, messages), lower camel case, e.g. {@code arrivedAt}} */
    String key();

    /** {@return how the field's text is read} */
    FieldType type();

    /** {@return the kind of file the field belongs to} */
    MappingKind kind();

    /**
     * {@return the field of a kind with the given {@link #key()}, empty if there is none}
     *
     * @param kind the kind of file
     * @param key the field's key
     */
    static Optional<MappedField> of(MappingKind kind, String key) {
        return kind.fields().stream().filter(field -> field.key().equals(key)).findFirst();
    }
}
