package de.regiograph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements that create or update nodes of one type by key, together with the relationships
 * the upsert owns. They take {@code $rows}, each {@code {key, properties}} plus the relationship
 * fields; properties given as null are removed. The node statement also sets the one relationship
 * of each {@link RelationshipType#setByUpsert() to-one} type; every list of related keys has a
 * statement of its own, so that each statement stays small and quick to plan. Rows that would
 * change nothing are only read, so that importing the same data again is cheap.
 */
public final class Upsert {

    private final NodeType type;
    private final Map<RelationshipType, String> toOne = new LinkedHashMap<>();
    private final Map<RelationshipType, String> lists = new LinkedHashMap<>();

    private Upsert(NodeType type) {
        this.type = type;
    }

    public static Upsert of(NodeType type) {
        return new Upsert(type);
    }

    /** The node has exactly the one relationship of this type to the key in row field {@code field}. */
    public Upsert one(RelationshipType relationship, String field) {
        toOne.put(relationship, field);
        return this;
    }

    /**
     * The node's relationships of this type point to exactly the keys in the list in row field
     * {@code field}; rows where it is null leave them as they are.
     */
    public Upsert many(RelationshipType relationship, String field) {
        lists.put(relationship, field);
        return this;
    }

    /**
     * Creates new nodes (the key's uniqueness constraint guards against doubles) and updates those
     * that differ; returns the key of each row that wrote something, and whether it created.
     */
    String nodeCypher() {
        var changed = new StringBuilder(Changes.differ("existing", "row.properties"));
        var create = new StringBuilder("CREATE " + type.pattern("n", "row.key") + "\n  SET n += row.properties");
        var update = new StringBuilder("SET n += row.properties");
        if (!toOne.isEmpty()) {
            create.append("\n  WITH n, row");
            update.append("\n  WITH n, row");
        }
        toOne.forEach((relationship, field) -> {
            var keys = "[key IN [row." + field + "] WHERE key IS NOT NULL]";
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
                WITH row, created WHERE changed
                RETURN row.key AS key, created""".formatted(type.pattern("existing", "row.key"), changed, create, update);
    }

    /** One statement per list: makes the relationships match where they differ; returns those rows' keys. */
    List<ListStatement> listStatements() {
        return lists.entrySet().stream()
                .map(entry -> new ListStatement(entry.getValue(), """
                        UNWIND $rows AS row
                        MATCH %s
                        WITH n, row WHERE %s
                        %s
                        RETURN row.key AS key""".formatted(
                                type.pattern("n", "row.key"),
                                entry.getKey().differCypher("n", "row." + entry.getValue()),
                                entry.getKey().replaceCypher("row." + entry.getValue()))))
                .toList();
    }

    /** The statement for the relationships of one list field; it takes the rows where the field is not null. */
    record ListStatement(String field, String cypher) {}
}
