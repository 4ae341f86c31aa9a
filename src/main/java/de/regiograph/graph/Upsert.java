package de.regiograph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statements that create or update nodes of one type by key, together with the relationships
 * the upsert owns. They take {@code $rows}, each {@code {key, properties}} plus the relationship
 * fields; properties given as null are removed. A read statement first finds the rows that would
 * change their node, its one relationship of each {@link RelationshipType#setByUpsert() to-one}
 * type or its lists of related keys (all lists in one pass over the node's relationships); only
 * those are written, new nodes with all their
 * relationships by plain {@code CREATE} (no subquery per row for to-one relationships), so that
 * importing the same data again is reads only and a first load is close to a plain {@code MERGE}.
 * (One statement that reads and writes was tried: the writes inside conditional subqueries made a
 * first load of actors about 1.5 times slower.) For changed nodes every list of related keys has a
 * statement of its own, so that each statement stays small and quick to plan.
 */
public final class Upsert {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

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
     * The change-detection read of the rows: its statement and the rows as it takes them ({@link
     * #compared}), both from one layout. The statement finds the rows that would write something:
     * their node is missing, or its properties, to-one relationships or lists of related keys differ.
     * It returns each such row's index in {@code $rows}, and whether it is new.
     */
    ChangedRead changedRead(List<Map<String, Object>> rows) {
        var names = sharedPropertyNames(rows);
        var layout = layout(names);
        return new ChangedRead(changedCypher(names, layout), compared(rows, layout));
    }

    /** A change-detection read: the statement and its {@code $rows}. */
    record ChangedRead(String cypher, List<List<Object>> rows) {}

    private String changedCypher(List<String> names, RowLayout row) {
        var changed = new StringBuilder(
                names == null ? Changes.differ("n", row.get("properties")) : Changes.differ("n", names, row::property));
        toOne.forEach((relationship, field) ->
                changed.append("\n     OR COLLECT { MATCH (n)-[:%s]->(x:%s) RETURN x.%s } <> %s"
                        .formatted(
                                relationship.graphType(),
                                relationship.to().label(),
                                relationship.to().key(),
                                keys(row.get(field)))));
        if (!lists.isEmpty()) {
            changed.append("\n     OR ").append(listsDifferCypher(row));
        }
        return """
                UNWIND range(0, size($rows) - 1) AS i
                WITH i, $rows[i] AS row
                OPTIONAL MATCH %s
                WITH i, n, CASE WHEN n IS NULL THEN true ELSE %s END AS changed
                WHERE changed
                RETURN i, n IS NULL AS created""".formatted(type.pattern("n", row.get("key")), changed);
    }

    /**
     * Creates the nodes of rows found missing with all their relationships (the key's uniqueness
     * constraint guards against doubles); to-one relationships without a subquery.
     */
    String createCypher() {
        var create = new StringBuilder("UNWIND $rows AS row\nCREATE " + type.pattern("n", "row.key")
                + "\nSET n += row.properties, " + Audit.created("n"));
        toOne.forEach((relationship, field) ->
                create.append("\nWITH n, row\n").append(relationship.createOneCypher("row." + field)));
        lists.forEach((relationship, field) ->
                create.append("\nWITH n, row\n").append(relationship.createCypher("row." + field)));
        return create.toString();
    }

    /** Updates the nodes of rows found different. */
    String updateCypher() {
        var update = new StringBuilder("UNWIND $rows AS row\nMATCH " + type.pattern("n", "row.key")
                + "\nSET n += row.properties, " + Audit.updated("n"));
        toOne.forEach((relationship, field) ->
                update.append("\nWITH n, row\n").append(relationship.replaceCypher(keys("row." + field))));
        return update.toString();
    }

    /**
     * The property names of the rows when every row gives the same plain names (the properties of an
     * entity type are), so that they are compared by name; null when not (indicator values take
     * their names from the file's columns): then they are compared through {@code keys()}.
     */
    private static List<String> sharedPropertyNames(List<Map<String, Object>> rows) {
        var names = rows.isEmpty() ? Set.<String>of() : ((Map<?, ?>) rows.get(0).get("properties")).keySet();
        boolean shared = rows.stream()
                        .allMatch(row ->
                                ((Map<?, ?>) row.get("properties")).keySet().equals(names))
                && names.stream()
                        .allMatch(name -> PLAIN_NAME.matcher((String) name).matches());
        return shared ? names.stream().map(String.class::cast).sorted().toList() : null;
    }

    /**
     * Cypher: whether the lists of related keys of node {@code n} differ from the row's {@code
     * listKeys} ({@link #compared}), read in one pass over the node's relationships of the lists'
     * types: a statement per list, or a subquery per key, took most of an unchanged re-import of
     * networks, and made a statement that Neo4j plans again whenever the counts change.
     */
    private String listsDifferCypher(RowLayout row) {
        var items = new StringBuilder("CASE");
        lists.forEach((relationship, field) -> items.append(" WHEN type(r) = '%s' AND x:%s THEN ['%s', x.%s]"
                .formatted(
                        relationship.graphType(),
                        relationship.to().label(),
                        field,
                        relationship.to().key())));
        var types = lists.keySet().stream().map(RelationshipType::graphType).distinct();
        return """
                any(held IN [COLLECT {
                       MATCH (n)-[r:%1$s]->(x)
                       WITH %2$s END AS item
                       WHERE %3$s IS NULL OR item[0] IN %3$s
                       RETURN item[0] + ':' + item[1] }]
                     WHERE size(held) <> size(%4$s) OR any(key IN held WHERE NOT key IN %4$s))""".formatted(types.collect(Collectors.joining("|")), items, row.get("listFields"), row.get("listKeys"));
    }

    /**
     * The rows as the change-detection read ({@link #changedRead}) takes them: only what it compares,
     * for the rows' transfer to the database took a third of the networks' change-detection read, and
     * as lists ({@link RowLayout}). That is the key, the properties, the to-one fields, and for the
     * lists {@code listKeys}, their distinct keys as {@code field:key}, and {@code listFields}, the list
     * fields the row gives (not null), null when it gives them all (as every row of a file does).
     */
    private List<List<Object>> compared(List<Map<String, Object>> rows, RowLayout row) {
        return rows.stream()
                .map(given -> {
                    if (lists.isEmpty()) {
                        return row.values(given);
                    }
                    var fields = new ArrayList<String>();
                    var keys = new LinkedHashSet<String>();
                    lists.values().forEach(field -> {
                        if (given.get(field) instanceof List<?> list) {
                            fields.add(field);
                            list.forEach(key -> keys.add(field + ":" + key));
                        }
                    });
                    var compared = new HashMap<>(given);
                    compared.put("listKeys", List.copyOf(keys));
                    compared.put("listFields", fields.size() == lists.size() ? null : fields);
                    return row.values(compared);
                })
                .toList();
    }

    /**
     * The fields of a row of the change-detection read: the key, the properties by name (or their map
     * when the rows do not share their names), the to-one fields, and for lists {@code listKeys} and
     * {@code listFields}.
     */
    private RowLayout layout(List<String> propertyNames) {
        var fields = new ArrayList<String>();
        fields.add("key");
        if (propertyNames == null) {
            fields.add("properties");
        } else {
            propertyNames.forEach(name -> fields.add(RowLayout.propertyField(name)));
        }
        fields.addAll(toOne.values());
        if (!lists.isEmpty()) {
            fields.add("listKeys");
            fields.add("listFields");
        }
        return new RowLayout(fields);
    }

    /** Cypher: the key in {@code value} as a list, empty when null. */
    private static String keys(String value) {
        return "[key IN [" + value + "] WHERE key IS NOT NULL]";
    }

    /**
     * One statement per list, for the rows found different: makes the relationships match where they
     * differ.
     */
    List<ListStatement> listStatements() {
        return lists.entrySet().stream()
                .map(entry -> new ListStatement(entry.getValue(), """
                        UNWIND $rows AS row
                        MATCH %s
                        WITH n, row WHERE %s
                        SET %s
                        WITH n, row
                        %s""".formatted(
                                type.pattern("n", "row.key"),
                                entry.getKey().differCypher("n", "row." + entry.getValue()),
                                Audit.updated("n"),
                                entry.getKey().replaceCypher("row." + entry.getValue()))))
                .toList();
    }

    /** The statement for the relationships of one list field; it takes the rows where the field is not null. */
    record ListStatement(String field, String cypher) {}
}
