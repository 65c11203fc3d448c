package org.switchboard.engine.demo;

import static org.switchboard.engine.core.Checks.requireArgument;

/**
 * A team of the generated centre.
 *
 * @param id stable identifier, {@code T1}, {@code T2}, … in the order of {@link DemoSpec#teams()}
 * @param name the team's name from its {@link TeamSpec}
 */
public record Team(String id, String name) {

    /**
     * Validates the team.
     *
     * @throws IllegalArgumentException if the id or the name is blank
     */
    public Team {
        requireArgument(
                !id.isBlank() && !name.isBlank(), "team id and name must not be blank: id=%s, name=%s", id, name);
    }
}
