package de.regiograph.graph;

import de.regiograph.system.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Keys that an input refers to, checked in one statement before anything is written, so that a
 * dangling reference is reported by the argument it came in and nothing is half-written.
 */
public final class References {

    private static final String MISSING = """
            UNWIND $references AS ref
            WITH ref, CASE ref.type
            %s
            END AS found
            WHERE NOT found
            RETURN ref.argument AS argument, ref.type AS type, ref.key AS key
            """.formatted(Arrays.stream(NodeType.values())
            .map(t -> "  WHEN '" + t.name() + "' THEN EXISTS { MATCH " + t.pattern("", "ref.key") + " }")
            .collect(Collectors.joining("\n")));

    /** A key that names no node: which argument it came in, what it should name. */
    public record Missing(String argument, NodeType type, String key) {

        public NotFoundException exception() {
            return new NotFoundException(argument, type.description(), key);
        }
    }

    private final List<Map<String, Object>> references = new ArrayList<>();

    public References add(String argument, NodeType type, String key) {
        if (key != null) {
            references.add(Map.of("argument", argument, "type", type.name(), "key", key));
        }
        return this;
    }

    public References addAll(String argument, NodeType type, List<String> keys) {
        if (keys == null) {
            return this;
        }
        for (int i = 0; i < keys.size(); i++) {
            add(argument + "[" + i + "]", type, keys.get(i));
        }
        return this;
    }

    /** Throws {@link NotFoundException} for the first key that names no node. */
    public void verify(Neo4jClient client) {
        var missing = missing(client, Set.of());
        if (!missing.isEmpty()) {
            throw missing.get(0).exception();
        }
    }

    /**
     * Every key that names no node in the database and is not among {@code provided} (written in the
     * same operation, given as {@link #provided}).
     */
    public List<Missing> missing(Neo4jClient client, Set<String> provided) {
        var unresolved = references.stream()
                .filter(r -> !provided.contains(r.get("type") + ":" + r.get("key")))
                .toList();
        if (unresolved.isEmpty()) {
            return List.of();
        }
        return List.copyOf(client.query(MISSING)
                .bind(unresolved)
                .to("references")
                .fetchAs(Missing.class)
                .mappedBy((types, record) -> new Missing(
                        record.get("argument").asString(),
                        NodeType.valueOf(record.get("type").asString()),
                        record.get("key").asString()))
                .all());
    }

    /** How a key written in the same operation is given to {@link #missing}. */
    public static String provided(NodeType type, String key) {
        return type.name() + ":" + key;
    }
}
