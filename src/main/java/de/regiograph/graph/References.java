package de.regiograph.graph;

import de.regiograph.system.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Keys that an input refers to, checked in one statement before anything is written, so that a
 * dangling reference is reported by the argument it came in and nothing is half-written.
 */
public final class References {

    private static final String FIRST_MISSING = """
            UNWIND $references AS ref
            WITH ref, CASE ref.type
            %s
            END AS found
            WHERE NOT found
            RETURN ref.argument AS argument, ref.type AS type, ref.key AS key
            LIMIT 1
            """.formatted(Arrays.stream(NodeType.values())
            .map(t -> "  WHEN '" + t.name() + "' THEN EXISTS { MATCH " + t.pattern("", "ref.key") + " }")
            .collect(Collectors.joining("\n")));

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
        if (references.isEmpty()) {
            return;
        }
        client.query(FIRST_MISSING)
                .bind(references)
                .to("references")
                .fetch()
                .one()
                .ifPresent(missing -> {
                    var type = NodeType.valueOf((String) missing.get("type"));
                    throw new NotFoundException(
                            (String) missing.get("argument"), type.description(), missing.get("key"));
                });
    }
}
