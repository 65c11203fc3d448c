package org.switchboard.server.voice.store;

import java.util.Map;
import java.util.Optional;

/** Appends the optional equality conditions of a filter to a query with named parameters. */
final class SqlConditions {

    private SqlConditions() {}

    /** Appends {@code AND column = :name} and binds the value, when there is one. */
    static void equal(StringBuilder sql, Map<String, Object> params, String column, String name,
            Optional<String> value) {
        value.ifPresent(v -> {
            sql.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, v);
        });
    }
}
