package de.regiograph.backup;

import de.regiograph.system.QueryLibrary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The fingerprint of a whole graph that {@code cypher/queries/database-checksum.cypher} computes:
 * counts per label and type, a hash over the keys of all nodes and relationships ({@code keyHash})
 * and one that also covers their properties ({@code contentHash}).
 */
public record DatabaseChecksum(
        long nodes,
        long relationships,
        Map<String, Long> labels,
        Map<String, Long> types,
        String keyHash,
        String contentHash) {

    private static final String QUERY = QueryLibrary.read("database-checksum");

    /** Computes the checksum of the database the driver reaches, in one read-only statement. */
    public static DatabaseChecksum of(Driver driver) {
        try (var session = driver.session()) {
            var row = session.executeRead(tx -> tx.run(QUERY).single());
            return new DatabaseChecksum(
                    row.get("nodes").asLong(),
                    row.get("relationships").asLong(),
                    counts(row.get("labels"), "label"),
                    counts(row.get("types"), "type"),
                    row.get("keyHash").asString(),
                    row.get("contentHash").asString());
        }
    }

    /** The same nodes and relationships by their keys, whatever their properties say. */
    public boolean sameKeys(DatabaseChecksum other) {
        return nodes == other.nodes
                && relationships == other.relationships
                && labels.equals(other.labels)
                && types.equals(other.types)
                && keyHash.equals(other.keyHash);
    }

    private static Map<String, Long> counts(Value list, String name) {
        var counts = new LinkedHashMap<String, Long>();
        list.values()
                .forEach(v -> counts.put(v.get(name).asString(), v.get("count").asLong()));
        return counts;
    }
}
