package de.regiograph.graph;

import de.regiograph.system.NotFoundException;
import java.util.List;
import java.util.Map;
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
    public void upsert(Upsert upsert, List<Map<String, Object>> rows, References references) {
        references.verify(client);
        client.query(upsert.cypher()).bind(rows).to("rows").run();
    }

    /** Deletes the node of the type with the key, or throws {@link NotFoundException} naming the argument. */
    @Transactional
    public void delete(NodeType type, String argument, String key) {
        type.format().check(argument, key);
        var deleted = client.query("MATCH " + type.pattern("n", "$key") + " DETACH DELETE n RETURN count(*) AS deleted")
                .bind(key)
                .to("key")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        if (deleted == 0) {
            throw new NotFoundException(argument, type.description(), key);
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
