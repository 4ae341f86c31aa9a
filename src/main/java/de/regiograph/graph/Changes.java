package de.regiograph.graph;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a write did: rows that created something, changed something, or found it as it was. */
public record Changes(long created, long updated, long unchanged) {

    public static final Changes NONE = new Changes(0, 0, 0);

    public Changes plus(Changes other) {
        return new Changes(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }

    /**
     * Cypher: whether the properties {@code names} (the model's own, never input) of {@code entity}
     * differ from the values {@code value} gives for them (a Cypher expression per name); read by
     * name, not through {@code keys()}, which looks up every property by a name given at run time.
     */
    static String differ(String entity, List<String> names, Function<String, String> value) {
        if (names.isEmpty()) {
            return "false";
        }
        return names.stream()
                .map(name -> "NOT coalesce(%1$s.%2$s = %3$s, %1$s.%2$s IS NULL AND %3$s IS NULL)"
                        .formatted(entity, name, value.apply(name)))
                .collect(Collectors.joining(" OR "));
    }

    /** Cypher: whether the properties of {@code entity} differ from the map {@code properties}. */
    static String differ(String entity, String properties) {
        return "any(k IN keys(" + properties + ") WHERE NOT coalesce(" + entity + "[k] = " + properties + "[k], "
                + entity + "[k] IS NULL AND " + properties + "[k] IS NULL))";
    }
}
