package de.regiograph.graph;

import de.regiograph.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Removes nodes with all their relationships. */
@Repository
public class Nodes {

    private final Neo4jClient client;

    Nodes(Neo4jClient client) {
        this.client = client;
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
}
