package de.regiograph.graph;

import static de.regiograph.graph.NodeType.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationships of the graph model that {@code link} and {@code unlink} manage: their ends,
 * their type in the database, and which properties they take. Symmetric ones are stored once,
 * from the smaller key to the larger.
 */
public enum RelationshipType {
    BORDERS(DISTRICT, "BORDERS", DISTRICT, true, Set.of(), Set.of()),
    COMMUTES_TO(
            DISTRICT,
            "COMMUTES_TO",
            DISTRICT,
            false,
            Set.of(Property.YEAR, Property.COMMUTERS),
            Set.of(Property.COMMUTERS_FEMALE, Property.COMMUTERS_MALE)),
    HAS_SHORTAGE(DISTRICT, "HAS_SHORTAGE", OCCUPATION, false, Set.of(Property.YEAR, Property.SEVERITY), Set.of()),
    MEMBER_OF(ACTOR, "MEMBER_OF", NETWORK, false, Set.of(Property.ROLE), Set.of(Property.SINCE, Property.UNTIL)),
    COOPERATES_WITH(ACTOR, "COOPERATES_WITH", ACTOR, true, Set.of(), Set.of(Property.SINCE, Property.TOPIC)),
    ACTIVE_IN(NETWORK, "ACTIVE_IN", DISTRICT),
    FOCUSES_ON_OCCUPATION(NETWORK, "FOCUSES_ON", OCCUPATION),
    FOCUSES_ON_TARGET_GROUP(NETWORK, "FOCUSES_ON", TARGET_GROUP),
    FOCUSES_ON_ACTION_FIELD(NETWORK, "FOCUSES_ON", ACTION_FIELD),
    IMPLEMENTED_IN(GOOD_PRACTICE, "IMPLEMENTED_IN", DISTRICT, false, Set.of(), Set.of(Property.SINCE)),
    ADDRESSES(GOOD_PRACTICE, "ADDRESSES", OCCUPATION),
    PURSUES(GOOD_PRACTICE, "PURSUES", STRATEGY),
    TARGETS(GOOD_PRACTICE, "TARGETS", TARGET_GROUP),
    IN_FIELD(GOOD_PRACTICE, "IN_FIELD", ACTION_FIELD),
    OF_TYPE(GOOD_PRACTICE, "OF_TYPE", PROJECT_TYPE),
    CARRIES(ACTOR, "CARRIES", GOOD_PRACTICE),
    PARTNERS_IN(ACTOR, "PARTNERS_IN", GOOD_PRACTICE),
    // Strategy processes and meetings: written by their own mutations and import formats, which
    // check the order of the cycle; the GraphQL enum of link/unlink does not offer them.
    RUNS_IN(STRATEGY_PROCESS, "RUNS_IN", DISTRICT),
    FOUNDED(STRATEGY_PROCESS, "FOUNDED", NETWORK),
    WORKSHOP_OF_PROCESS(WORKSHOP, "OF_PROCESS", STRATEGY_PROCESS),
    PARTICIPATED_IN(ACTOR, "PARTICIPATED_IN", WORKSHOP),
    AGREED(WORKSHOP, "AGREED", MEASURE),
    EVALUATED(WORKSHOP, "EVALUATED", MEASURE, false, Set.of(Property.ASSESSMENT), Set.of(Property.NOTES)),
    WORKING_GROUP_OF_PROCESS(WORKING_GROUP, "OF_PROCESS", STRATEGY_PROCESS),
    LED_BY(WORKING_GROUP, "LED_BY", ACTOR),
    WORKS_IN(ACTOR, "WORKS_IN", WORKING_GROUP),
    WORKING_GROUP_FOCUSES_ON_OCCUPATION(WORKING_GROUP, "FOCUSES_ON", OCCUPATION),
    WORKING_GROUP_FOCUSES_ON_TARGET_GROUP(WORKING_GROUP, "FOCUSES_ON", TARGET_GROUP),
    MEASURE_OF_PROCESS(MEASURE, "OF_PROCESS", STRATEGY_PROCESS),
    DEVELOPED_BY(MEASURE, "DEVELOPED_BY", WORKING_GROUP),
    OWNED_BY(MEASURE, "OWNED_BY", ACTOR),
    MEASURE_ADDRESSES(MEASURE, "ADDRESSES", OCCUPATION),
    MEASURE_TARGETS(MEASURE, "TARGETS", TARGET_GROUP),
    INSPIRED_BY(MEASURE, "INSPIRED_BY", GOOD_PRACTICE),
    HELD_IN(MEETING, "HELD_IN", DISTRICT),
    ORGANISED_BY(MEETING, "ORGANISED_BY", ACTOR),
    ATTENDED(ACTOR, "ATTENDED", MEETING),
    // Each start node has exactly one of these; its upsert sets it, link and unlink do not.
    IN_STATE(DISTRICT, "IN_STATE", STATE),
    LOCATED_IN(ACTOR, "LOCATED_IN", DISTRICT),
    PART_OF(OCCUPATION, "PART_OF", OCCUPATION),
    VALUES_OF(INDICATOR_VALUES, "VALUES_OF", DISTRICT);

    /** Properties a relationship can carry; {@code YEAR} also tells apart flows of different years. */
    public enum Property {
        ROLE("role"),
        SINCE("since"),
        UNTIL("until"),
        TOPIC("topic"),
        YEAR("year"),
        COMMUTERS("commuters"),
        COMMUTERS_FEMALE("commutersFemale"),
        COMMUTERS_MALE("commutersMale"),
        SEVERITY("severity"),
        ASSESSMENT("assessment"),
        NOTES("notes");

        private final String name;

        Property(String name) {
            this.name = name;
        }

        public String graphName() {
            return name;
        }
    }

    private final NodeType from;
    private final String graphType;
    private final NodeType to;
    private final boolean symmetric;
    private final Set<Property> required;
    private final Set<Property> optional;

    RelationshipType(NodeType from, String graphType, NodeType to) {
        this(from, graphType, to, false, Set.of(), Set.of());
    }

    RelationshipType(
            NodeType from,
            String graphType,
            NodeType to,
            boolean symmetric,
            Set<Property> required,
            Set<Property> optional) {
        this.from = from;
        this.graphType = graphType;
        this.to = to;
        this.symmetric = symmetric;
        this.required = required;
        this.optional = optional;
    }

    public NodeType from() {
        return from;
    }

    /** The relationship's type in the database. */
    public String graphType() {
        return graphType;
    }

    public NodeType to() {
        return to;
    }

    public boolean symmetric() {
        return symmetric;
    }

    public Set<Property> required() {
        return required;
    }

    public Set<Property> allowed() {
        var all = EnumSet.noneOf(Property.class);
        all.addAll(required);
        all.addAll(optional);
        return all;
    }

    /** Whether the upsert of the start node sets this relationship (it has exactly one). */
    boolean setByUpsert() {
        return this == IN_STATE || this == LOCATED_IN || this == PART_OF || this == VALUES_OF;
    }

    /** Whether relationships of this type are told apart by year (one per pair and year). */
    boolean keyedByYear() {
        return required.contains(Property.YEAR);
    }

    /**
     * Finds the relationships given in {@code $rows} (as {@link #compared} gives them: {@code from},
     * {@code to} and the properties) that would write something: missing ones, and those whose
     * properties differ. Returns each such row's index and whether the relationship is new. The rows must name each relationship once.
     * The rows are grouped by one end ({@code to} when {@code byEnd}, else {@code from}), looked up
     * once per group: the index lookups of both ends took half of an unchanged re-import of
     * memberships, and a file of memberships lists a network's members together.
     *
     * <p>With {@code held}, the group end's relationships of this type are read once into a map by
     * the other end's key, and each row looks its relationship up there, without looking up the
     * other end: an unchanged re-import of memberships (twenty per network) took 30 % less on the M
     * data. It does not pay for small groups (cooperations, one or two per actor: 55 % more), nor for
     * a single link to a hub, so the caller chooses it by the rows per group; not for relationships told
     * apart by year (several per pair). A row whose other end has gone since counts as new there,
     * and its write then finds nothing to link.
     */
    String changedLinksCypher(boolean byEnd, boolean held) {
        var row = comparedLayout();
        var changed = """
                WITH i, r, CASE WHEN r IS NULL THEN true ELSE %s END AS changed
                WHERE changed
                RETURN i, r IS NULL AS created""".formatted(Changes.differ("r", propertyNames(), row::property));
        var groupKey = row.get("$rows[i]", byEnd ? "to" : "from");
        if (held && !keyedByYear()) {
            return """
                    UNWIND range(0, size($rows) - 1) AS i
                    WITH %s AS key, collect(i) AS indexes
                    MATCH %s
                    WITH %s, indexes, apoc.map.fromPairs(COLLECT {
                      MATCH (a%s)-[r:%s]->(b%s)
                      RETURN [%s, r]
                    }) AS held
                    UNWIND indexes AS i
                    WITH i, $rows[i] AS row, held
                    WITH i, row, held[%s] AS r
                    %s""".formatted(
                            groupKey,
                            byEnd ? to.pattern("b", "key") : from.pattern("a", "key"),
                            byEnd ? "b" : "a",
                            byEnd ? ":" + from.label() : "",
                            graphType,
                            byEnd ? "" : ":" + to.label(),
                            byEnd ? "a." + from.key() : "b." + to.key(),
                            row.get(byEnd ? "from" : "to"),
                            changed);
        }
        return """
                UNWIND range(0, size($rows) - 1) AS i
                WITH %s AS key, collect(i) AS indexes
                MATCH %s
                UNWIND indexes AS i
                WITH i, %s, $rows[i] AS row
                MATCH %s
                OPTIONAL MATCH (a)-[r:%s%s]->(b)
                %s""".formatted(
                        groupKey,
                        byEnd ? to.pattern("b", "key") : from.pattern("a", "key"),
                        byEnd ? "b" : "a",
                        byEnd ? from.pattern("a", row.get("from")) : to.pattern("b", row.get("to")),
                        graphType,
                        keyedByYear() ? " {year: " + row.property(Property.YEAR.graphName()) + "}" : "",
                        changed);
    }

    /** The rows as {@link #changedLinksCypher} takes them: {@code from}, {@code to}, the properties by name. */
    List<List<Object>> compared(List<Map<String, Object>> rows) {
        var layout = comparedLayout();
        return rows.stream().map(layout::values).toList();
    }

    private RowLayout comparedLayout() {
        var fields = new ArrayList<>(List.of("from", "to"));
        propertyNames().forEach(name -> fields.add(RowLayout.propertyField(name)));
        return new RowLayout(fields);
    }

    /** The names of the properties the relationship can carry, sorted. */
    private List<String> propertyNames() {
        return allowed().stream().map(Property::graphName).sorted().toList();
    }

    /**
     * Creates the relationships of rows found missing; the repeated end is looked up once per group
     * of rows, as in {@link #changedLinksCypher}.
     */
    String newLinksCypher(boolean byEnd) {
        return """
                UNWIND $rows AS row
                WITH row.%s AS key, collect(row) AS rows
                MATCH %s
                UNWIND rows AS row
                MATCH %s
                CREATE (a)-[r:%s]->(b)
                SET r += row.properties, %s""".formatted(
                        byEnd ? "to" : "from",
                        byEnd ? to.pattern("b", "key") : from.pattern("a", "key"),
                        byEnd ? from.pattern("a", "row.from") : to.pattern("b", "row.to"),
                        graphType,
                        Audit.created("r"));
    }

    /** Updates the properties of relationships found different. */
    String updateLinksCypher() {
        return """
                UNWIND $rows AS row
                MATCH %s-[r:%s%s]->%s
                SET r += row.properties, %s""".formatted(
                        from.pattern("a", "row.from"),
                        graphType,
                        keyedByYear() ? " {year: row.properties.year}" : "",
                        to.pattern("b", "row.to"),
                        Audit.updated("r"));
    }

    /**
     * Deletes the relationship between {@code $from} and {@code $to} (of {@code $year} where keyed) and
     * stamps node {@code from} as changed (no row when there was none).
     */
    String deleteCypher() {
        return "MATCH " + from.pattern("a", "$from") + "-[r:" + graphType + "]-" + (symmetric ? "" : ">")
                + to.pattern("b", "$to")
                + (keyedByYear() ? "\nWHERE $year IS NULL OR r.year = $year" : "")
                + "\nDELETE r\nWITH a, count(r) AS unlinked\nSET " + Audit.updated("a") + "\nRETURN unlinked";
    }

    /**
     * Cypher that links the new node {@code n} to the end whose key is in {@code key} (an expression
     * over {@code row}, possibly null), without a subquery, so that a batch of new nodes is written
     * like a plain {@code CREATE}.
     */
    String createOneCypher(String key) {
        return """
                OPTIONAL MATCH %1$s
                FOREACH (target IN CASE WHEN x IS NULL THEN [] ELSE [x] END | CREATE (n)-[:%2$s]->(target))""".formatted(to.pattern("x", key), graphType);
    }

    /** Cypher that links the new node {@code n} to the ends whose keys are in {@code keys} (once each). */
    String createCypher(String keys) {
        return """
                CALL (n, row) {
                  UNWIND coalesce(%1$s, []) AS key
                  WITH DISTINCT n, key
                  MATCH %2$s
                  CREATE (n)-[:%3$s]->(x)
                }""".formatted(keys, to.pattern("x", "key"), graphType);
    }

    /** Cypher: whether {@link #replaceCypher} with these keys would change anything at {@code node}. */
    String differCypher(String node, String keys) {
        return "(%1$s IS NOT NULL AND NOT (size(%1$s) = COUNT { (%5$s)-[:%2$s]->(:%3$s) } AND all(key IN %1$s WHERE EXISTS { (%5$s)-[:%2$s]->%4$s })))"
                .formatted(keys, graphType, to.label(), to.pattern("", "key"), node);
    }

    /**
     * Cypher that makes the relationships of this type from node {@code n} to exactly the ends whose
     * keys are in {@code keys} (an expression over {@code row}); relationship properties are kept.
     * A null list leaves the relationships as they are.
     */
    public String replaceCypher(String keys) {
        return """
                CALL (n, row) {
                  WITH n WHERE %1$s IS NOT NULL
                  OPTIONAL MATCH (n)-[r:%2$s]->(x:%3$s) WHERE NOT x.%4$s IN %1$s
                  DELETE r
                }
                CALL (n, row) {
                  UNWIND coalesce(%1$s, []) AS key
                  MATCH %5$s
                  MERGE (n)-[:%2$s]->(x)
                }""".formatted(keys, graphType, to.label(), to.key(), to.pattern("x", "key"));
    }
}
