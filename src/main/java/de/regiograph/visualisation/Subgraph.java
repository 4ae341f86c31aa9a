package de.regiograph.visualisation;

import de.regiograph.landscape.CollaborationRoles;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The nodes and edges around the seeds of a {@link GraphSelection}, with layout hints.
 *
 * @param truncated true when the node cap left out nodes (those farthest from the seeds)
 */
record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

    /**
     * With each actor's cluster and broker score in the collaboration graph of the districts
     * where the actors in view are located (the landscape of those districts).
     */
    Subgraph withRoles(CollaborationRoles roles) {
        var districts = nodes.stream()
                .map(GraphNode::actorDistrict)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (districts.isEmpty()) {
            return this;
        }
        var byActor = roles.inDistricts(districts);
        var withRoles = nodes.stream()
                .map(n -> {
                    if (n.actorDistrict() == null) {
                        return n;
                    }
                    var role = byActor.get(String.valueOf(n.properties().get("id")));
                    return role == null ? n.withRole(null, 0.0) : n.withRole(role.cluster(), role.brokerScore());
                })
                .toList();
        return new Subgraph(withRoles, edges, truncated);
    }

    /**
     * A node. {@code id} is its type and business key ({@code District:06535}), stable across
     * databases; {@code label} what to write on it; {@code type} its node label in the model.
     *
     * @param degree its relationships within this subgraph
     * @param totalDegree its relationships in the whole graph
     * @param seed whether it is one of the seeds the subgraph was drawn around
     * @param lat latitude of a district's centroid (of an actor: its district's), when known
     * @param actorDistrict the AGS of an actor's district; null for other nodes
     * @param cluster an actor's cluster in the collaboration graph of the districts in view
     * @param brokerScore an actor's broker score there; both null until {@link #withRoles} and for other nodes
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
            Double lon,
            String actorDistrict,
            String cluster,
            Double brokerScore) {

        GraphNode withRole(String cluster, double brokerScore) {
            return new GraphNode(
                    id,
                    label,
                    type,
                    properties,
                    degree,
                    totalDegree,
                    seed,
                    lat,
                    lon,
                    actorDistrict,
                    cluster,
                    brokerScore);
        }
    }

    /** An edge between two node ids; {@code id} is Neo4j's element id of the relationship. */
    record GraphEdge(String id, String source, String target, String type, Map<String, Object> properties) {}
}
