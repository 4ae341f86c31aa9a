package de.regiograph.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.regiograph.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The landscape of the demo data through HTTP: one district, the state of Hesse, and many at once. */
class LandscapeDemoIT extends IntegrationTest {

    @Autowired
    MeterRegistry meters;

    private static final String DISTRICT = """
            { networkLandscape(ags: "06535") {
                networks { network { id } active }
                clusters { members { id district { ags } } }
                brokers { score }
                isolatedActors { id }
                coverage { uncoveredShortages { code } }
                summary { actors ties clusters isolatedActors }
            } }""";

    private static final String HESSE = """
            { networkLandscape(state: "06") {
                districts { ags }
                clusters { id members { id } informal bestMatch { network { id } jaccard } }
                brokers { actor { id } score connectsClusters }
                summary { actors ties density modularity }
            } }""";

    @Test
    void landscapeOfTheVogelsbergkreis() {
        var response = graphQl.document(DISTRICT).execute();
        var actors = database.query("MATCH (a:Actor)-[:LOCATED_IN]->(:District {ags: '06535'}) RETURN a.id")
                .fetchAs(String.class)
                .all();
        // ties at today's date among actors of the district, written out independently of the app's query
        var isolated = database.query("""
                        MATCH (a:Actor)-[:LOCATED_IN]->(:District {ags: '06535'})
                        WHERE NOT EXISTS { (a)-[:COOPERATES_WITH]-(:Actor)-[:LOCATED_IN]->(:District {ags: '06535'}) }
                          AND NOT EXISTS { (a)-[m:MEMBER_OF]->(n:Network)<-[m2:MEMBER_OF]-(:Actor)-[:LOCATED_IN]->(:District {ags: '06535'})
                                           WHERE (m.until IS NULL OR m.until >= date()) AND (m2.until IS NULL OR m2.until >= date())
                                             AND (m.since IS NULL OR m.since <= date()) AND (m2.since IS NULL OR m2.since <= date()) }
                          AND NOT EXISTS { (a)-[:CARRIES|PARTNERS_IN]->(:GoodPractice)<-[:CARRIES|PARTNERS_IN]-(b:Actor)-[:LOCATED_IN]->(:District {ags: '06535'})
                                           WHERE b <> a }
                        RETURN a.id""").fetchAs(String.class).all();
        var activeInDistrict = database.query(
                        "MATCH (n:Network)-[:ACTIVE_IN]->(:District {ags: '06535'}) WHERE n.founded IS NULL OR n.founded <= date() RETURN n.id")
                .fetchAs(String.class)
                .all();
        response.path("networkLandscape.summary.actors")
                .entity(Integer.class)
                .isEqualTo(actors.size())
                .path("networkLandscape.isolatedActors[*].id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(isolated))
                .path("networkLandscape.networks[*].network.id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsAll(activeInDistrict))
                .path("networkLandscape.clusters[*].members[*].district.ags")
                .entityList(String.class)
                .satisfies(ags -> assertThat(ags).isNotEmpty().containsOnly("06535"))
                .path("networkLandscape.brokers[*].score")
                .entityList(Double.class)
                .satisfies(scores -> assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
        var networks = response.path("networkLandscape.networks[?(@.active == true)].network.id")
                .entityList(String.class)
                .get();
        var uncovered = database.query("""
                        MATCH (:District {ags: '06535'})-[s:HAS_SHORTAGE]->(o:Occupation)
                        WHERE s.year <= date().year
                        WITH o, s ORDER BY s.year DESC
                        WITH o, head(collect(s)) AS latest WHERE latest.severity >= 2.0
                          AND NOT EXISTS { (n:Network)-[:FOCUSES_ON]->(f:Occupation)
                                           WHERE n.id IN $networks AND (o.code STARTS WITH f.code OR f.code STARTS WITH o.code) }
                        RETURN o.code""")
                .bind(networks)
                .to("networks")
                .fetchAs(String.class)
                .all();
        response.path("networkLandscape.coverage.uncoveredShortages[*].code")
                .entityList(String.class)
                .satisfies(codes -> assertThat(codes).containsExactlyInAnyOrderElementsOf(uncovered));
    }

    @Test
    void landscapeOfHesseIsTheSameEveryTimeAndLeavesNoGraphBehind() throws Exception {
        var first = graphQl.document(HESSE).execute();
        first.path("networkLandscape.districts")
                .entityList(Object.class)
                .hasSize((int) count("MATCH (d:District)-[:IN_STATE]->(:State {code: '06'}) RETURN count(d)"))
                .path("networkLandscape.summary.actors")
                .entity(Long.class)
                .isEqualTo(
                        count(
                                "MATCH (:State {code: '06'})<-[:IN_STATE]-(:District)<-[:LOCATED_IN]-(a:Actor) RETURN count(a)"))
                .path("networkLandscape.clusters")
                .entityList(Object.class)
                .satisfies(clusters -> assertThat(clusters).isNotEmpty());
        var expected = first.path("networkLandscape").entity(Map.class).get();
        assertThat(hesseAtOnce(6)).allSatisfy(landscape -> assertThat(landscape).isEqualTo(expected));
        // each graph is dropped right after its analysis, beside the answer
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> count(
                                "CALL gds.graph.list() YIELD graphName WHERE graphName STARTS WITH 'landscape-' RETURN count(*)"),
                        left -> left == 0);
    }

    /**
     * More analyses at once than the application's task pool has threads (8): none waits for a task
     * queued behind the others.
     */
    @Test
    void moreLandscapesAtOnceThanPoolThreadsAllAnswer() throws Exception {
        var expected = hesseAtOnce(1).get(0);
        assertThat(hesseAtOnce(12))
                .allSatisfy(landscape -> assertThat(landscape).isEqualTo(expected));
    }

    /** The landscape of Hesse, asked by that many clients at once. */
    private List<Map<?, ?>> hesseAtOnce(int clients) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var requests = new ArrayList<Callable<Map<?, ?>>>();
            for (int i = 0; i < clients; i++) {
                requests.add(() -> graphQl.document(HESSE)
                        .execute()
                        .path("networkLandscape")
                        .entity(Map.class)
                        .get());
            }
            var landscapes = new ArrayList<Map<?, ?>>();
            for (var result : pool.invokeAll(requests, 60, TimeUnit.SECONDS)) {
                landscapes.add(result.get());
            }
            return landscapes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void brokersArgumentLimitsTheList() {
        graphQl.document("{ networkLandscape(state: \"06\", brokers: 3) { brokers { score } } }")
                .execute()
                .path("networkLandscape.brokers")
                .entityList(Object.class)
                .hasSize(3);
        graphQl.document("{ networkLandscape(state: \"06\", brokers: 101) { brokers { score } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("brokers: must be 0 to 100, got 101")));
    }

    @Test
    void gdsAnalysesTheGraphOnlyWhenClustersBrokersOrTheSummaryAreAskedFor() {
        // districts, actors, networks, coverage, ties; the analysis adds project, clusters, brokers and drop
        assertThat(statements("{ networkLandscape(ags: \"06535\") { ties { strength } } }"))
                .isEqualTo(5);
        assertThat(statements("{ networkLandscape(ags: \"06535\") { ties { strength } summary { modularity } } }"))
                .isEqualTo(9);
    }

    private long statements(String document) {
        var counter = meters.counter("regiograph.cypher.statements");
        double before = counter.count();
        graphQl.document(document).execute().errors().verify();
        return Math.round(counter.count() - before);
    }
}
