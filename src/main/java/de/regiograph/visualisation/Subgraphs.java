package de.regiograph.visualisation;

import de.regiograph.research.JsonValues;
import java.util.HashMap;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads the subgraph of a selection in one Cypher statement (APOC's breadth-first path expander). */
@Repository
class Subgraphs {

    private static final String SUBGRAPH = """
            CALL () {
              MATCH (seed:District) WHERE seed.ags IN $ags RETURN seed
              UNION MATCH (seed:Actor) WHERE seed.id IN $actors RETURN seed
              UNION MATCH (seed:Network) WHERE seed.id IN $networks RETURN seed
              UNION MATCH (seed:GoodPractice) WHERE seed.id IN $practices RETURN seed
            }
            WITH collect(seed) AS seeds
            CALL apoc.path.subgraphAll(seeds, {maxLevel: $depth, relationshipFilter: $relationshipFilter,
                                               labelFilter: $labelFilter, bfs: true, limit: $maxNodes + 1})
              YIELD nodes, relationships
            WITH apoc.map.fromPairs([n IN seeds | [elementId(n), true]]) AS seedIds, seeds, nodes, relationships
            WITH seedIds, seeds + [n IN nodes WHERE seedIds[elementId(n)] IS NULL] AS reached, relationships
            WITH seedIds, reached[0..$maxNodes] AS kept, size(reached) > $maxNodes AS truncated, relationships
            WITH seedIds, kept, truncated, relationships, apoc.map.fromPairs([n IN kept | [elementId(n), true]]) AS keptIds
            WITH seedIds, kept, truncated,
                 [r IN relationships WHERE keptIds[elementId(startNode(r))] AND keptIds[elementId(endNode(r))]
                                     AND (size($relationshipTypes) = 0 OR type(r) IN $relationshipTypes)] AS edges
            WITH seedIds, kept, truncated, edges,
                 apoc.coll.frequenciesAsMap([r IN edges | elementId(startNode(r))] + [r IN edges | elementId(endNode(r))])
                   AS degrees
            RETURN truncated,
              [n IN kept | {
                 id: labels(n)[0] + ':' + coalesce(n.ags, n.id, n.code, n.name),
                 label: coalesce(n.name, n.title, n.code, n.id),
                 type: labels(n)[0],
                 properties: apoc.map.removeKey(properties(n), 'sealedContacts'),
                 degree: coalesce(degrees[elementId(n)], 0),
                 totalDegree: COUNT { (n)--() },
                 seed: coalesce(seedIds[elementId(n)], false),
                 lat: coalesce(n.lat, [(n)-[:LOCATED_IN]->(d) | d.lat][0]),
                 lon: coalesce(n.lon, [(n)-[:LOCATED_IN]->(d) | d.lon][0]),
                 actorDistrict: CASE WHEN n:Actor THEN [(n)-[:LOCATED_IN]->(d:District) | d.ags][0] END,
                 elementId: elementId(n)}] AS nodes,
              [r IN edges | {id: elementId(r), start: elementId(startNode(r)), end: elementId(endNode(r)),
                             type: type(r), properties: properties(r)}] AS edges
            """;

    private final Neo4jClient client;

    Subgraphs(Neo4jClient client) {
        this.client = client;
    }

    Subgraph around(GraphSelection selection) {
        selection.verified(client);
        var parameters = new HashMap<String, Object>();
        parameters.put("ags", selection.ags());
        parameters.put("actors", selection.actors());
        parameters.put("networks", selection.networks());
        parameters.put("practices", selection.practices());
        parameters.put("depth", selection.depth());
        parameters.put("relationshipFilter", selection.relationshipFilter());
        parameters.put("relationshipTypes", selection.relationshipTypes());
        parameters.put("labelFilter", selection.labelFilter());
        parameters.put("maxNodes", selection.maxNodes());
        return client.query(SUBGRAPH)
                .bindAll(parameters)
                .fetchAs(Subgraph.class)
                .mappedBy((types, row) -> subgraph(row.get("nodes"), row.get("edges"), row.get("truncated")))
                .one()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Subgraph subgraph(Value nodes, Value edges, Value truncated) {
        var ids = new HashMap<String, String>();
        var graphNodes = nodes.asList(n -> {
            var id = n.get("id").asString();
            ids.put(n.get("elementId").asString(), id);
            return new Subgraph.GraphNode(
                    id,
                    n.get("label").isNull() ? id : n.get("label").asString(),
                    n.get("type").asString(),
                    (java.util.Map<String, Object>) JsonValues.json(n.get("properties")),
                    n.get("degree").asInt(),
                    n.get("totalDegree").asInt(),
                    n.get("seed").asBoolean(),
                    n.get("lat").isNull() ? null : n.get("lat").asDouble(),
                    n.get("lon").isNull() ? null : n.get("lon").asDouble(),
                    n.get("actorDistrict").isNull()
                            ? null
                            : n.get("actorDistrict").asString(),
                    null,
                    null);
        });
        var graphEdges = edges.asList(e -> new Subgraph.GraphEdge(
                e.get("id").asString(),
                ids.get(e.get("start").asString()),
                ids.get(e.get("end").asString()),
                e.get("type").asString(),
                (java.util.Map<String, Object>) JsonValues.json(e.get("properties"))));
        return new Subgraph(graphNodes, graphEdges, truncated.asBoolean());
    }
}
