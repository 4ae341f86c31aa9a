package de.regiograph.graph;

import de.regiograph.system.ConflictException;
import de.regiograph.system.NotFoundException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Writes and removes nodes of any type of the model. */
@Repository
public class Nodes {

    private final Neo4jClient client;

    Nodes(Neo4jClient client) {
        this.client = client;
    }

    /** Checks the references, then runs the upsert over the rows, in one transaction. */
    @Transactional
    public Changes upsert(Upsert upsert, List<Map<String, Object>> rows, References references) {
        references.verify(client);
        var created = new HashSet<Object>();
        var updated = new HashSet<Object>();
        client.query(upsert.nodeCypher()).bind(rows).to("rows").fetch().all().forEach(row -> {
            if ((Boolean) row.get("created")) {
                created.add(row.get("key"));
            } else {
                updated.add(row.get("key"));
            }
        });
        for (var list : upsert.listStatements()) {
            var given =
                    rows.stream().filter(row -> row.get(list.field()) != null).toList();
            if (!given.isEmpty()) {
                client.query(list.cypher()).bind(given).to("rows").fetch().all().forEach(row -> {
                    if (!created.contains(row.get("key"))) {
                        updated.add(row.get("key"));
                    }
                });
            }
        }
        return new Changes(created.size(), updated.size(), rows.size() - created.size() - updated.size());
    }

    /** Runs a write statement over {@code $rows} that ends with {@link Changes#RETURN_COUNTS}. */
    static Changes write(Neo4jClient client, String cypher, List<Map<String, Object>> rows) {
        return client.query(cypher)
                .bind(rows)
                .to("rows")
                .fetchAs(Changes.class)
                .mappedBy((types, record) -> new Changes(
                        record.get("created").asLong(),
                        record.get("updated").asLong(),
                        record.get("unchanged").asLong()))
                .one()
                .orElse(Changes.NONE);
    }

    /**
     * Deletes the node of the type with the key and its relationships, or throws {@link
     * NotFoundException} naming the argument. Nodes that others still point to through one of the
     * {@code blockers} (e.g. actors LOCATED_IN a district) are kept: {@link ConflictException}.
     */
    @Transactional
    public void delete(NodeType type, String argument, String key, RelationshipType... blockers) {
        type.format().check(argument, key);
        var dependents = Arrays.stream(blockers)
                .map(b -> "COUNT { (n)<-[:" + b.graphType() + "]-(:" + b.from().label() + ") }")
                .collect(Collectors.joining(" + "));
        var blocking = client.query(
                        "MATCH " + type.pattern("n", "$key") + "\nWITH n, " + (blockers.length == 0 ? "0" : dependents)
                                + " AS dependents\nCALL (n, dependents) {\n  WITH n WHERE dependents = 0\n  DETACH DELETE n\n}"
                                + "\nRETURN dependents")
                .bind(key)
                .to("key")
                .fetchAs(Long.class)
                .one()
                .orElseThrow(() -> new NotFoundException(argument, type.description(), key));
        if (blocking > 0) {
            throw new ConflictException("The " + type.description() + " " + key + " cannot be deleted: " + blocking
                    + " dependent nodes point to it ("
                    + Arrays.stream(blockers)
                            .map(b -> b.from().description() + " via " + b.graphType())
                            .collect(Collectors.joining(", "))
                    + "); delete or move them first");
        }
    }

    /** A row of an upsert: the key, the properties, and the fields the relationship expressions read. */
    public static Map<String, Object> row(String key, Map<String, Object> properties, Map<String, Object> fields) {
        var row = new java.util.HashMap<String, Object>(fields);
        row.put("key", key);
        row.put("properties", properties);
        return row;
    }
}
