package de.regiograph.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statement that creates or updates nodes of one type by key, together with the relationships
 * the upsert owns. It takes {@code $rows}, each {@code {key, properties}} plus the fields that the
 * relationship expressions read; properties given as null are removed. Rows that would change
 * nothing are not written, so that importing the same data again costs only reads.
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

    public NodeType type() {
        return type;
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
        var changed = new StringBuilder("created OR ").append(Changes.differ("n", "row.properties"));
        relationships.forEach(
                (relationship, keys) -> changed.append("\n  OR ").append(relationship.differCypher(keys)));
        var write =
                new StringBuilder("MERGE ").append(type.pattern("n", "row.key")).append("\n  SET n += row.properties");
        if (!relationships.isEmpty()) {
            write.append("\n  WITH n, row");
        }
        relationships.forEach((relationship, keys) -> write.append('\n')
                .append(relationship.replaceCypher(keys).indent(2).stripTrailing()));
        return """
                UNWIND $rows AS row
                OPTIONAL MATCH %s
                WITH row, n, n IS NULL AS created
                WITH row, created, %s AS changed
                CALL (row, changed) {
                  WITH row WHERE changed
                  %s
                }
                %s""".formatted(type.pattern("n", "row.key"), changed, write, Changes.RETURN_COUNTS);
    }
}
