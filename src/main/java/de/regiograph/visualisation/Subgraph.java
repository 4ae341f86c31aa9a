package de.regiograph.visualisation;

import java.util.List;
import java.util.Map;

/**
 * The nodes and edges around the seeds of a {@link GraphSelection}, with layout hints.
 *
 * @param truncated true when the node cap left out nodes (those farthest from the seeds)
 */
record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

    /**
     * A node. {@code id} is its type and business key ({@code District:06535}), stable across
     * databases; {@code label} what to write on it; {@code type} its node label in the model.
     *
     * @param degree its relationships within this subgraph
     * @param totalDegree its relationships in the whole graph
     * @param seed whether it is one of the seeds the subgraph was drawn around
     * @param lat latitude of a district's centroid (of an actor: its district's), when known
     */
    record GraphNode(
            String id,
            String label,
            String type,
            Map<String, Object> properties,
            int degree,
            int totalDegree,
            boolean seed,
            Double lat,
            Double lon) {}

    /** An edge between two node ids; {@code id} is Neo4j's element id of the relationship. */
    record GraphEdge(String id, String source, String target, String type, Map<String, Object> properties) {}
}
