package de.regiograph.visualisation;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Which part of the graph to draw or export: the seeds (districts, actors, networks, practices), how
 * many relationships away from them to go, which relationship types and node labels to follow, and
 * at most how many nodes. Shared by {@code graph(...)} and {@code GET /export/{format}}.
 */
record GraphSelection(
        List<String> ags,
        List<String> actors,
        List<String> networks,
        List<String> practices,
        int depth,
        List<String> relationshipTypes,
        List<String> labels,
        int maxNodes) {

    static final int DEFAULT_DEPTH = 1;
    static final int MAX_DEPTH = 4;
    static final int DEFAULT_MAX_NODES = 200;
    static final int MAX_NODES = 5000;

    static final Set<String> RELATIONSHIP_TYPES = Arrays.stream(RelationshipType.values())
            .map(RelationshipType::graphType)
            .collect(Collectors.toCollection(TreeSet::new));
    static final Set<String> LABELS =
            Arrays.stream(NodeType.values()).map(NodeType::label).collect(Collectors.toCollection(TreeSet::new));

    /** Checks every argument, naming the one that is wrong, and fills in the defaults. */
    static GraphSelection of(
            List<String> ags,
            List<String> actors,
            List<String> networks,
            List<String> practices,
            Integer depth,
            List<String> relationshipTypes,
            List<String> labels,
            Integer maxNodes) {
        var selection = new GraphSelection(
                orEmpty(Keys.AGS.check("ags", ags)),
                orEmpty(Keys.ID.check("actors", actors)),
                orEmpty(Keys.ID.check("networks", networks)),
                orEmpty(Keys.ID.check("practices", practices)),
                depth == null ? DEFAULT_DEPTH : depth,
                names("relationshipTypes", relationshipTypes, RELATIONSHIP_TYPES),
                names("labels", labels, LABELS),
                maxNodes == null ? DEFAULT_MAX_NODES : maxNodes);
        if (selection.ags.isEmpty()
                && selection.actors.isEmpty()
                && selection.networks.isEmpty()
                && selection.practices.isEmpty()) {
            throw new InvalidArgumentException("ags", "give at least one seed: ags, actors, networks or practices");
        }
        if (selection.depth < 0 || selection.depth > MAX_DEPTH) {
            throw new InvalidArgumentException(
                    "depth", "must be between 0 and " + MAX_DEPTH + ", was " + selection.depth);
        }
        if (selection.maxNodes < 1 || selection.maxNodes > MAX_NODES) {
            throw new InvalidArgumentException(
                    "maxNodes", "must be between 1 and " + MAX_NODES + ", was " + selection.maxNodes);
        }
        return selection;
    }

    /** Refuses seeds that name no node, by the argument and position they came in. */
    GraphSelection verified(Neo4jClient client) {
        new References()
                .addAll("ags", NodeType.DISTRICT, ags)
                .addAll("actors", NodeType.ACTOR, actors)
                .addAll("networks", NodeType.NETWORK, networks)
                .addAll("practices", NodeType.GOOD_PRACTICE, practices)
                .verify(client);
        return this;
    }

    /** APOC path expander filter: the chosen types in both directions; empty for all. */
    String relationshipFilter() {
        return String.join("|", relationshipTypes);
    }

    /** APOC label filter: only the chosen labels, or every label but the indicator values by default. */
    String labelFilter() {
        return labels.isEmpty()
                ? "-" + NodeType.INDICATOR_VALUES.label()
                : labels.stream().map(l -> "+" + l).collect(Collectors.joining("|"));
    }

    private static List<String> orEmpty(List<String> keys) {
        return keys == null ? List.of() : keys;
    }

    private static List<String> names(String argument, List<String> names, Set<String> known) {
        if (names == null) {
            return List.of();
        }
        for (int i = 0; i < names.size(); i++) {
            if (!known.contains(names.get(i))) {
                throw new InvalidArgumentException(
                        argument + "[" + i + "]",
                        "unknown: '" + names.get(i) + "'; known are " + String.join(", ", known));
            }
        }
        return List.copyOf(names);
    }
}
