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

    /**
     * New nodes are created with their relationships (the key's uniqueness constraint guards against
     * doubles); existing ones that differ are updated; the rest is only read.
     */
    String cypher() {
        var changed = new StringBuilder(Changes.differ("existing", "row.properties"));
        var create = new StringBuilder("CREATE " + type.pattern("n", "row.key") + "\n  SET n += row.properties");
        var update = new StringBuilder("SET n += row.properties");
        if (!relationships.isEmpty()) {
            create.append("\n  WITH n, row");
            update.append("\n  WITH n, row");
        }
        relationships.forEach((relationship, keys) -> {
            changed.append("\n  OR ").append(relationship.differCypher("existing", keys));
            create.append('\n').append(relationship.createCypher(keys).indent(2).stripTrailing());
            update.append('\n')
                    .append(relationship.replaceCypher(keys).indent(2).stripTrailing());
        });
        return """
                UNWIND $rows AS row
                OPTIONAL MATCH %s
                WITH row, existing, existing IS NULL AS created
                WITH row, existing, created, CASE WHEN created THEN true ELSE %s END AS changed
                CALL (row, created) {
                  WITH row WHERE created
                  %s
                }
                CALL (row, existing, created, changed) {
                  WITH row, existing AS n WHERE changed AND NOT created
                  %s
                }
                %s""".formatted(type.pattern("existing", "row.key"), changed, create, update, Changes.RETURN_COUNTS);
    }
}
