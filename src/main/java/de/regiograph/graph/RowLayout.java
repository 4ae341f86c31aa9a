package de.regiograph.graph;

import java.util.List;
import java.util.Map;

/**
 * Rows of a change-detection read sent as lists of values in a fixed order instead of maps: the maps'
 * keys, sent again with every row and decoded by the database into a map each, took half of an
 * unchanged re-import's read of memberships (99,685 rows: 1,026 → 701 ms as lists, timed alone on the
 * M data). A field is a key of the row map, or {@code properties.NAME} for a property in the row's
 * map of properties.
 */
final class RowLayout {

    private static final String PROPERTY = "properties.";

    private final List<String> fields;

    RowLayout(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Cypher: the value of {@code field} in the row list {@code row} (a variable or expression). */
    String get(String row, String field) {
        int index = fields.indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException("No field " + field + " in " + fields);
        }
        return row + "[" + index + "]";
    }

    /** Cypher: the value of {@code field} in the row list {@code row}. */
    String get(String field) {
        return get("row", field);
    }

    /** The field of property {@code name}, for a layout. */
    static String propertyField(String name) {
        return PROPERTY + name;
    }

    /** Cypher: the value of property {@code name} in the row list {@code row}. */
    String property(String name) {
        return get(propertyField(name));
    }

    /** The values of a row map's fields, in the layout's order. */
    List<Object> values(Map<String, Object> row) {
        return fields.stream()
                .map(field -> field.startsWith(PROPERTY)
                        ? ((Map<?, ?>) row.get("properties")).get(field.substring(PROPERTY.length()))
                        : row.get(field))
                .toList();
    }
}
