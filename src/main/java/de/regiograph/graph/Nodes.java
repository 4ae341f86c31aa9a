package de.regiograph.graph;

import de.regiograph.system.ConflictException;
import de.regiograph.system.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
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
        return write(upsert, rows, references, NodeWrite.CHECK);
    }

    /**
     * Runs the upsert over the rows, in one transaction, taking for granted what {@code write} says:
     * {@link NodeWrite#CHECK} checks the references first; {@link NodeWrite#NEW} creates the nodes with
     * all their relationships without looking for them first (the importer knows when no node of the
     * type existed before it wrote their file; a related node gone since is not linked; the key's
     * uniqueness constraint still guards against doubles).
     */
    @Transactional
    public Changes write(Upsert upsert, List<Map<String, Object>> rows, References references, NodeWrite write) {
        if (write == NodeWrite.NEW) {
            create(client, upsert.createCypher(), rows);
            return new Changes(rows.size(), 0, 0);
        }
        if (write == NodeWrite.CHECK) {
            references.verify(client);
        }
        var read = upsert.changedRead(rows);
        var written =
                writeChanged(client, read.cypher(), upsert.createCypher(), upsert.updateCypher(), read.rows(), rows);
        for (var list : upsert.listStatements()) {
            var given = written.updated().stream()
                    .filter(row -> row.get(list.field()) != null)
                    .toList();
            if (!given.isEmpty()) {
                client.query(list.cypher())
                        .bind(given)
                        .to("rows")
                        .bindAll(Audit.parameters())
                        .run();
            }
        }
        return written.changes(rows.size());
    }

    /** Whether the graph has no node of the type (Neo4j answers from its counts, without reading nodes). */
    public boolean none(NodeType type) {
        return client.query("MATCH (n:" + type.label() + ") RETURN count(n) = 0")
                .fetchAs(Boolean.class)
                .one()
                .orElseThrow();
    }

    /** The rows of a write that were new, and those that differed from what the database held. */
    record Written(List<Map<String, Object>> created, List<Map<String, Object>> updated) {

        Changes changes(int rows) {
            return new Changes(created.size(), updated.size(), rows - created.size() - updated.size());
        }
    }

    /**
     * Writes {@code rows} in the three steps of {@link Upsert}: a read statement returns the index
     * of each row of {@code compared} (the same rows, with what the read compares, as lists: {@link
     * RowLayout}) that would change something and whether it is new; then only those rows are
     * created or updated.
     */
    static Written writeChanged(
            Neo4jClient client,
            String changed,
            String create,
            String update,
            List<?> compared,
            List<Map<String, Object>> rows) {
        var created = new ArrayList<Map<String, Object>>();
        var updated = new ArrayList<Map<String, Object>>();
        client.query(changed)
                .bind(compared)
                .to("rows")
                .fetch()
                .all()
                .forEach(row -> ((Boolean) row.get("created") ? created : updated)
                        .add(rows.get(((Number) row.get("i")).intValue())));
        if (!created.isEmpty()) {
            create(client, create, created);
        }
        if (!updated.isEmpty()) {
            client.query(update)
                    .bind(updated)
                    .to("rows")
                    .bindAll(Audit.parameters())
                    .run();
        }
        return new Written(created, updated);
    }

    private static void create(Neo4jClient client, String create, List<Map<String, Object>> rows) {
        client.query(create).bind(rows).to("rows").bindAll(Audit.parameters()).run();
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
