package de.regiograph.visualisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.regiograph.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

class GraphIT extends IntegrationTest {

    private static final String GRAPH = """
            query($ags: [ID!], $actors: [ID!], $depth: Int, $relationshipTypes: [String!], $labels: [String!], $maxNodes: Int) {
              graph(ags: $ags, actors: $actors, depth: $depth, relationshipTypes: $relationshipTypes, labels: $labels,
                    maxNodes: $maxNodes) {
                truncated
                nodes { id label type properties degree totalDegree seed lat lon }
                edges { id source target type properties }
              }
            }""";

    record Node(
            String id,
            String label,
            String type,
            Map<String, Object> properties,
            int degree,
            int totalDegree,
            boolean seed,
            Double lat,
            Double lon) {}

    record Edge(String id, String source, String target, String type, Map<String, Object> properties) {}

    record Graph(boolean truncated, List<Node> nodes, List<Edge> edges) {}

    /**
     * A tester that takes big answers: once the reference data is imported (by another test in the
     * shared context), a district's neighbourhood has hundreds of commuter flows.
     */
    static HttpGraphQlTester large(HttpGraphQlTester tester) {
        return tester.mutate()
                .webTestClient(
                        client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)))
                .build();
    }

    private Graph graph(Map<String, Object> variables) {
        var request = large(graphQl).document(GRAPH);
        variables.forEach(request::variable);
        return request.execute().path("graph").entity(Graph.class).get();
    }

    private Set<String> ids(String cypher) {
        return Set.copyOf(database.query(cypher).fetchAs(String.class).all());
    }

    @Test
    void aDistrictWithItsNeighbourhoodAndTheEdgesAmongThem() {
        var graph = graph(Map.of("ags", List.of("06535"), "depth", 1, "maxNodes", 5000));
        var expected = ids("""
                MATCH (d:District {ags: '06535'})-[]-(n) WHERE NOT n:IndicatorValues
                RETURN DISTINCT labels(n)[0] + ':' + coalesce(n.ags, n.id, n.code, n.name) AS id
                UNION RETURN 'District:06535' AS id""");
        assertThat(graph.nodes()).extracting(Node::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(graph.truncated()).isFalse();
        assertThat(graph.nodes()).filteredOn(Node::seed).extracting(Node::id).containsExactly("District:06535");
        long relationshipsAmong = count("""
                MATCH (d:District {ags: '06535'})
                WITH [d] + COLLECT { MATCH (d)-[]-(n) WHERE NOT n:IndicatorValues RETURN DISTINCT n } AS kept
                MATCH (a)-[r]->(b) WHERE a IN kept AND b IN kept RETURN count(r)""");
        assertThat(graph.edges()).hasSize((int) relationshipsAmong);
        assertThat(graph.edges()).extracting(Edge::id).doesNotHaveDuplicates();
    }

    @Test
    void degreesCountTheEdgesDrawnAndDistrictsCarryTheirCoordinates() {
        var graph = graph(Map.of("ags", List.of("06535"), "depth", 2, "maxNodes", 300));
        var degrees = new HashMap<String, Integer>();
        graph.edges().forEach(e -> {
            degrees.merge(e.source(), 1, Integer::sum);
            degrees.merge(e.target(), 1, Integer::sum);
        });
        for (var node : graph.nodes()) {
            assertThat(node.degree()).as(node.id()).isEqualTo(degrees.getOrDefault(node.id(), 0));
            assertThat(node.totalDegree()).as(node.id()).isGreaterThanOrEqualTo(node.degree());
        }
        var vogelsberg = graph.nodes().stream()
                .filter(n -> n.id().equals("District:06535"))
                .findFirst()
                .orElseThrow();
        assertThat(vogelsberg.lat()).isEqualTo(coordinate("lat")).isNotNull();
        assertThat(vogelsberg.lon()).isEqualTo(coordinate("lon")).isNotNull();
        assertThat(vogelsberg.label()).isEqualTo(vogelsberg.properties().get("name"));
    }

    private Double coordinate(String property) {
        return database.query("MATCH (d:District {ags: '06535'}) RETURN d[$property]")
                .bind(property)
                .to("property")
                .fetchAs(Double.class)
                .one()
                .orElseThrow();
    }

    @Test
    void followsOnlyTheChosenRelationshipTypes() {
        var graph = graph(Map.of("ags", List.of("06535"), "depth", 2, "relationshipTypes", List.of("ACTIVE_IN")));
        assertThat(graph.edges()).isNotEmpty().extracting(Edge::type).containsOnly("ACTIVE_IN");
        var expected = ids("""
                MATCH (:District {ags: '06535'})-[:ACTIVE_IN*0..2]-(n) RETURN DISTINCT labels(n)[0] + ':' + coalesce(n.ags, n.id)""");
        assertThat(graph.nodes()).extracting(Node::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void keepsOnlyTheChosenLabelsBesideTheSeeds() {
        var graph = graph(Map.of("ags", List.of("06535"), "depth", 1, "labels", List.of("Actor"), "maxNodes", 1000));
        assertThat(graph.nodes())
                .filteredOn(n -> !n.seed())
                .isNotEmpty()
                .extracting(Node::type)
                .containsOnly("Actor");
        assertThat(graph.nodes()).filteredOn(n -> !n.seed()).hasSize((int)
                count("MATCH (:District {ags: '06535'})<-[:LOCATED_IN]-(a:Actor) RETURN count(a)"));
    }

    @Test
    void theNodeCapKeepsTheSeedsAndOnlyEdgesBetweenKeptNodes() {
        var graph = graph(Map.of("ags", List.of("06535"), "actors", List.of("act-0001"), "depth", 3, "maxNodes", 7));
        assertThat(graph.nodes()).hasSize(7);
        assertThat(graph.truncated()).isTrue();
        assertThat(graph.nodes())
                .filteredOn(Node::seed)
                .extracting(Node::id)
                .containsExactlyInAnyOrder("District:06535", "Actor:act-0001");
        var kept = graph.nodes().stream().map(Node::id).collect(Collectors.toSet());
        assertThat(graph.edges()).allSatisfy(e -> assertThat(kept).contains(e.source(), e.target()));
    }

    @Test
    void actorsCarryTheClusterAndBrokerScoreOfTheLandscapeOfTheirDistricts() {
        var landscape = graphQl.document("""
                        { networkLandscape(ags: ["06535"], brokers: 100) {
                            clusters { id members { id } }
                            brokers { actor { id } score } } }""").execute();
        var clusterOf = new HashMap<String, String>();
        for (var cluster : landscape
                .path("networkLandscape.clusters")
                .entityList(Map.class)
                .get()) {
            for (var member : (List<Map<String, String>>) cluster.get("members")) {
                clusterOf.put(member.get("id"), (String) cluster.get("id"));
            }
        }
        var scoreOf = new HashMap<String, Double>();
        for (var broker :
                landscape.path("networkLandscape.brokers").entityList(Map.class).get()) {
            scoreOf.put(
                    (String) ((Map<?, ?>) broker.get("actor")).get("id"), ((Number) broker.get("score")).doubleValue());
        }
        assertThat(clusterOf).isNotEmpty();
        assertThat(scoreOf).isNotEmpty();

        // the actors of 06535 and the district: the districts in view are just 06535
        var nodes = large(graphQl)
                .document("""
                        { graph(ags: ["06535"], depth: 1, relationshipTypes: ["LOCATED_IN"], maxNodes: 1000) {
                            nodes { type properties cluster brokerScore } } }""")
                .execute()
                .path("graph.nodes")
                .entityList(Map.class)
                .get();
        var actors = nodes.stream().filter(n -> "Actor".equals(n.get("type"))).toList();
        assertThat(actors)
                .hasSize((int) count("MATCH (:District {ags: '06535'})<-[:LOCATED_IN]-(a:Actor) RETURN count(a)"));
        for (var actor : actors) {
            var id = (String) ((Map<?, ?>) actor.get("properties")).get("id");
            assertThat(actor.get("cluster")).as("cluster of %s", id).isEqualTo(clusterOf.get(id));
            assertThat(((Number) actor.get("brokerScore")).doubleValue())
                    .as("broker score of %s", id)
                    .isCloseTo(scoreOf.getOrDefault(id, 0.0), within(1e-9));
        }
        assertThat(nodes)
                .filteredOn(n -> "District".equals(n.get("type")))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.get("cluster")).isNull();
                    assertThat(d.get("brokerScore")).isNull();
                });
    }

    @Test
    void wrongSelectionsNameTheirArgument() {
        assertError(Map.of("depth", 1), "ags");
        assertError(Map.of("ags", List.of("06535"), "depth", 9), "depth");
        assertError(Map.of("ags", List.of("06535"), "maxNodes", 0), "maxNodes");
        assertError(Map.of("ags", List.of("06535"), "relationshipTypes", List.of("LIKES")), "relationshipTypes[0]");
        assertError(Map.of("ags", List.of("06535"), "labels", List.of("Person")), "labels[0]");
        assertError(Map.of("ags", List.of("09999")), "ags[0]");
    }

    private void assertError(Map<String, Object> variables, String argument) {
        var request = graphQl.document(GRAPH);
        variables.forEach(request::variable);
        request.execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("argument", argument)));
    }
}
