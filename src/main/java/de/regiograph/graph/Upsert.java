package de.regiograph.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statement that creates or updates nodes of one type by key, together with the relationships
 * the upsert owns. It takes {@code $rows}, each {@code {key, properties}} plus the fields that the
 * relationship expressions read; properties given as null are removed.
 */
public final class Upsert {

    private final NodeType type;
    private final Map<RelationshipType, String> relationships = new LinkedHashMap<>();

    private Upsert(NodeType type) {
        this.type = type;
    }

    public static Upsert of(NodeType type) {
        return new Upsert(type);
    }

    /**
     * Makes the node's relationships of a type point to exactly the keys of {@code keys}, an
     * expression over {@code row} (a null list leaves them as they are).
     */
    public Upsert replacing(RelationshipType relationship, String keys) {
        relationships.put(relationship, keys);
        return this;
    }

    String cypher() {
        var cypher = new StringBuilder("UNWIND $rows AS row\nMERGE ")
                .append(type.pattern("n", "row.key"))
                .append("\nSET n += row.properties");
        if (!relationships.isEmpty()) {
            cypher.append("\nWITH n, row");
        }
        relationships.forEach((relationship, keys) -> cypher.append('\n').append(relationship.replaceCypher(keys)));
        return cypher.toString();
    }
}
