package de.regiograph.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause made of fixed predicates for the filter arguments that were given, with their
 * values as parameters. Only given predicates appear, so that the planner can use indexes.
 */
public final class Filter {

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code predicate} (which refers to {@code $name}) when the value is given. */
    public Filter with(String name, Object value, String predicate) {
        if (value != null) {
            predicates.add(predicate);
            parameters.put(name, value);
        }
        return this;
    }

    public String where() {
        return predicates.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", predicates);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
