package de.regiograph.graph;

import de.regiograph.system.NotFoundException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Keys that an input refers to, checked in one statement before anything is written, so that a
 * dangling reference is reported by the argument it came in and nothing is half-written.
 */
public final class References {

    /** Cypher: the keys of {@code $<TYPE>} that name no node of that type. */
    private static String missingOfType(NodeType type) {
        return "UNWIND $" + type.name() + " AS key\nWITH key WHERE NOT EXISTS { MATCH " + type.pattern("", "key")
                + " }\nRETURN '" + type.name() + "' AS type, key";
    }

    /** A key that names no node: which argument it came in, what it should name. */
    public record Missing(String argument, NodeType type, String key) {

        public NotFoundException exception() {
            return new NotFoundException(argument, type.description(), key);
        }
    }

    private record Reference(String argument, NodeType type, String key) {}

    private final List<Reference> references = new ArrayList<>();

    public References add(String argument, NodeType type, String key) {
        if (key != null) {
            references.add(new Reference(argument, type, key));
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
        var missing = missing(client, key -> false);
        if (!missing.isEmpty()) {
            throw missing.get(0).exception();
        }
    }

    /**
     * Every key that names no node in the database and is not among {@code provided} (written in the
     * same operation, given as {@link #provided}).
     */
    public List<Missing> missing(Neo4jClient client, Predicate<String> provided) {
        // Many references share a key (thousands of actors in 400 districts): each key is looked up once.
        var arguments = new LinkedHashMap<String, List<String>>();
        var keysByType = new EnumMap<NodeType, Set<String>>(NodeType.class);
        for (var reference : references) {
            var id = reference.type().name() + ":" + reference.key();
            if (!provided.test(id)) {
                arguments.computeIfAbsent(id, k -> new ArrayList<>()).add(reference.argument());
                keysByType
                        .computeIfAbsent(reference.type(), t -> new LinkedHashSet<>())
                        .add(reference.key());
            }
        }
        if (keysByType.isEmpty()) {
            return List.of();
        }
        var cypher = keysByType.keySet().stream()
                .map(References::missingOfType)
                .collect(Collectors.joining("\nUNION ALL\n"));
        var parameters = new HashMap<String, Object>();
        keysByType.forEach((type, keys) -> parameters.put(type.name(), List.copyOf(keys)));
        var missing = new ArrayList<Missing>();
        client.query(cypher).bindAll(parameters).fetch().all().forEach(row -> {
            var type = NodeType.valueOf((String) row.get("type"));
            var key = (String) row.get("key");
            arguments.get(type.name() + ":" + key).forEach(argument -> missing.add(new Missing(argument, type, key)));
        });
        if (missing.size() > 1) {
            var order = new HashMap<String, Integer>();
            for (int i = 0; i < references.size(); i++) {
                order.putIfAbsent(references.get(i).argument(), i);
            }
            missing.sort(java.util.Comparator.comparing(m -> order.get(m.argument())));
        }
        return missing;
    }

    /** How a key written in the same operation is given to {@link #missing}. */
    public static String provided(NodeType type, String key) {
        return type.name() + ":" + key;
    }
}
