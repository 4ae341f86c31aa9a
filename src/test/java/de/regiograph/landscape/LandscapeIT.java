package de.regiograph.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.regiograph.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ClassPathResource;

/**
 * The landscape of a fictional district with a planted structure (see landscape/fixture.cypher):
 * expected clusters, brokers, overlaps and gaps are worked out by hand from that structure. Its
 * networks have at most 50 members, so that every shared network adds the whole membership weight
 * 1.0; landscape/big-network.cypher plants a bigger one in a district of its own. The fixtures are
 * planted once for the class and removed afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandscapeIT extends IntegrationTest {

    private static final String FIXTURE = read("landscape/fixture.cypher");
    private static final String BIG_NETWORK = read("landscape/big-network.cypher");

    private static final String LANDSCAPE = """
            query($ags: [ID!], $state: ID, $asOf: Date, $minTieStrength: Float, $includeNeighbours: Boolean) {
              networkLandscape(ags: $ags, state: $state, asOf: $asOf, minTieStrength: $minTieStrength,
                               includeNeighbours: $includeNeighbours) {
                districts { ags } asOf minTieStrength
                networks { network { id } members { actor { id } role inScope } membersByRole { role count }
                           size membersInScope ageYears active activeInScope }
                clusters { id size members { id } informal
                           bestMatch { network { id } jaccard sharedMembers } matches { network { id } jaccard } }
                brokers { actor { id } score cluster connectsClusters connectsNetworks { id } }
                overlaps { first { id } second { id } sharedMembers { id } jaccard }
                isolatedActors { id }
                ties { from { id } to { id } strength sharedNetworks cooperation sharedPractices }
                coverage {
                  shortages { occupation { code } districts { district { ags } year severity } networks { id } covered }
                  uncoveredShortages { code } uncoveredTargetGroups { name } uncoveredActionFields { name }
                  targetGroups { term { name } networks { id } covered }
                }
                summary { actors ties density modularity clusters informalClusters isolatedActors networks activeNetworks
                          byKind { kind actors inNetworks isolated } }
              }
            }""";

    @BeforeAll
    void plantFixture() {
        database.query(FIXTURE).run();
        database.query(BIG_NETWORK).run();
    }

    /** Other tests count all districts and states of the graph. */
    @AfterAll
    void removeFixture() {
        database.query("""
                        MATCH (n)
                        WHERE (n:Actor OR n:Network OR n:GoodPractice) AND n.id STARTS WITH 'lsc-'
                           OR n:District AND n.ags IN ['98101', '98102', '96101'] OR n:State AND n.code IN ['98', '96']
                        DETACH DELETE n""").run();
    }

    @Test
    void detectsTheTwoGroupsAndFlagsTheOneWithoutNetworkAsInformal() {
        var response = landscape(Map.of("ags", "98101"));
        // Group A with lsc-c1 (tied only into A) and the broker, whose cooperation with lsc-a1 (2.0)
        // outweighs its practice with lsc-b1 (1.5) against B's larger total degree.
        response.path("networkLandscape.clusters[0].members[*].id")
                .entityList(String.class)
                .satisfies(l -> assertThat(l)
                        .containsExactlyInAnyOrder("lsc-a1", "lsc-a2", "lsc-a3", "lsc-a4", "lsc-c1", "lsc-x"))
                .path("networkLandscape.clusters[0].id")
                .entity(String.class)
                .isEqualTo("cluster-1")
                .path("networkLandscape.clusters[0].informal")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("networkLandscape.clusters[0].bestMatch.network.id")
                .entity(String.class)
                .isEqualTo("lsc-net-a")
                .path("networkLandscape.clusters[0].bestMatch.sharedMembers")
                .entity(Integer.class)
                .isEqualTo(4)
                .path("networkLandscape.clusters[0].bestMatch.jaccard")
                .entity(Double.class)
                .satisfies(j -> assertThat(j).isCloseTo(4.0 / 6, within(1e-9)))
                .path("networkLandscape.clusters[0].matches[*].network.id")
                .entityList(String.class)
                .containsExactly("lsc-net-a", "lsc-net-c")
                .path("networkLandscape.clusters[0].matches[1].jaccard")
                .entity(Double.class)
                .satisfies(j -> assertThat(j).isCloseTo(3.0 / 6, within(1e-9)))
                .path("networkLandscape.clusters[1].members[*].id")
                .entityList(String.class)
                .satisfies(
                        l -> assertThat(l).containsExactlyInAnyOrder("lsc-b1", "lsc-b2", "lsc-b3", "lsc-b4", "lsc-b5"))
                .path("networkLandscape.clusters[1].informal")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("networkLandscape.clusters[1].bestMatch")
                .valueIsNull()
                .path("networkLandscape.clusters")
                .entityList(Object.class)
                .hasSize(2);
    }

    @Test
    void theChamberBetweenTheGroupsIsTheTopBroker() {
        // Shortest paths between {a1..a4, c1} and {b1..b5} all run x: 5 * 5 pairs. a1 carries
        // {a2, a3, a4, c1} x {x, b1..b5} = 24 pairs, b1 likewise {b2..b5} x {x, a1..a4, c1} = 24;
        // a3 and a4 share c1's paths beyond them: 8 pairs * 1/2 = 4.
        var response = landscape(Map.of("ags", "98101"));
        response.path("networkLandscape.brokers[*].actor.id")
                .entityList(String.class)
                .containsExactly("lsc-x", "lsc-a1", "lsc-b1", "lsc-a3", "lsc-a4")
                .path("networkLandscape.brokers[*].score")
                .entityList(Double.class)
                .containsExactly(25.0, 24.0, 24.0, 4.0, 4.0)
                .path("networkLandscape.brokers[0].cluster")
                .entity(String.class)
                .isEqualTo("cluster-1")
                .path("networkLandscape.brokers[0].connectsClusters")
                .entityList(String.class)
                .containsExactly("cluster-1", "cluster-2")
                .path("networkLandscape.brokers[0].connectsNetworks[*].id")
                .entityList(String.class)
                .containsExactly("lsc-net-a");
    }

    @Test
    void overlapsIsolatedActorsAndDeclaredNetworks() {
        var response = landscape(Map.of("ags", "98101"));
        response.path("networkLandscape.overlaps")
                .entityList(Object.class)
                .hasSize(1)
                .path("networkLandscape.overlaps[0].first.id")
                .entity(String.class)
                .isEqualTo("lsc-net-a")
                .path("networkLandscape.overlaps[0].second.id")
                .entity(String.class)
                .isEqualTo("lsc-net-c")
                .path("networkLandscape.overlaps[0].sharedMembers[*].id")
                .entityList(String.class)
                .satisfies(l -> assertThat(l).containsExactlyInAnyOrder("lsc-a3", "lsc-a4"))
                // {a3, a4} of {a1, a2, a3, a4, c1}
                .path("networkLandscape.overlaps[0].jaccard")
                .entity(Double.class)
                .satisfies(j -> assertThat(j).isCloseTo(0.4, within(1e-9)))
                // lsc-i2 left lsc-net-a in 2020, lsc-i1 never had a tie
                .path("networkLandscape.isolatedActors[*].id")
                .entityList(String.class)
                .containsExactly("lsc-i1", "lsc-i2")
                .path("networkLandscape.networks[*].network.id")
                .entityList(String.class)
                .containsExactly("lsc-net-a", "lsc-net-old", "lsc-net-c")
                .path("networkLandscape.networks[0].size")
                .entity(Integer.class)
                .isEqualTo(4)
                .path("networkLandscape.networks[0].members[0].role")
                .entity(String.class)
                .isEqualTo("COORDINATOR")
                .path("networkLandscape.networks[0].membersByRole")
                .entityList(Map.class)
                .containsExactly(Map.of("role", "COORDINATOR", "count", 1), Map.of("role", "MEMBER", "count", 3))
                .path("networkLandscape.networks[0].ageYears")
                .entity(Integer.class)
                .isEqualTo(Period.between(LocalDate.of(2018, 1, 1), LocalDate.now())
                        .getYears())
                .path("networkLandscape.networks[1].active")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("networkLandscape.networks[1].size")
                .entity(Integer.class)
                .isEqualTo(0)
                // its one membership ended: no role counts at the date
                .path("networkLandscape.networks[1].membersByRole")
                .entityList(Map.class)
                .hasSize(0);
    }

    @Test
    void gapsAreTheShortagesTermsAndFieldsNoActiveNetworkFocusesOn() {
        var response = landscape(Map.of("ags", "98101"));
        var targetGroups = database.query(
                        "MATCH (t:TargetGroup) WHERE NOT t.name IN ['Incomings', 'Rückkehrende'] RETURN t.name")
                .fetchAs(String.class)
                .all();
        // Mobilität: only lsc-net-old focuses on it, and it has no member left
        var actionFields = database.query("MATCH (t:ActionField) WHERE t.name <> 'Wohnen' RETURN t.name")
                .fetchAs(String.class)
                .all();
        response.path("networkLandscape.coverage.shortages[*].occupation.code")
                .entityList(String.class)
                .containsExactly("434", "813")
                .path("networkLandscape.coverage.shortages[1].networks[*].id")
                .entityList(String.class)
                .containsExactly("lsc-net-a")
                .path("networkLandscape.coverage.shortages[1].districts[0].severity")
                .entity(Double.class)
                .isEqualTo(2.5)
                .path("networkLandscape.coverage.uncoveredShortages[*].code")
                .entityList(String.class)
                .containsExactly("434")
                .path("networkLandscape.coverage.uncoveredTargetGroups[*].name")
                .entityList(String.class)
                .satisfies(l -> assertThat(l).containsExactlyInAnyOrderElementsOf(targetGroups))
                .path("networkLandscape.coverage.uncoveredActionFields[*].name")
                .entityList(String.class)
                .satisfies(l -> assertThat(l).containsExactlyInAnyOrderElementsOf(actionFields));
    }

    @Test
    void summaryCountsEveryKindAlsoThoseWithoutActors() {
        var response = landscape(Map.of("ags", "98101"));
        // ties: 6 pairs in net-a (a3-a4 also via net-c), c1 with a3 and a4, 10 among B, x-a1, x-b1
        response.path("networkLandscape.summary.actors")
                .entity(Integer.class)
                .isEqualTo(13)
                .path("networkLandscape.summary.ties")
                .entity(Integer.class)
                .isEqualTo(20)
                .path("networkLandscape.summary.density")
                .entity(Double.class)
                .satisfies(d -> assertThat(d).isCloseTo(20.0 / (13 * 12 / 2), within(1e-9)))
                .path("networkLandscape.summary.modularity")
                .entity(Double.class)
                .satisfies(q -> assertThat(q).isCloseTo(expectedModularity(), within(1e-6)))
                .path("networkLandscape.summary.clusters")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("networkLandscape.summary.informalClusters")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("networkLandscape.summary.networks")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("networkLandscape.summary.activeNetworks")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("networkLandscape.summary.byKind")
                .entityList(Object.class)
                .hasSize(14)
                .path("networkLandscape.summary.byKind[?(@.kind == 'CHAMBER')]")
                .entityList(Map.class)
                .containsExactly(Map.of("kind", "CHAMBER", "actors", 1, "inNetworks", 0, "isolated", 0))
                .path("networkLandscape.summary.byKind[?(@.kind == 'UNION')]")
                .entityList(Map.class)
                .containsExactly(Map.of("kind", "UNION", "actors", 1, "inNetworks", 0, "isolated", 1))
                .path("networkLandscape.summary.byKind[?(@.kind == 'JOBCENTER')]")
                .entityList(Map.class)
                .containsExactly(Map.of("kind", "JOBCENTER", "actors", 0, "inNetworks", 0, "isolated", 0))
                .path("networkLandscape.summary.byKind[?(@.kind == 'COMPANY')]")
                .entityList(Map.class)
                .containsExactly(Map.of("kind", "COMPANY", "actors", 5, "inNetworks", 2, "isolated", 0));
    }

    /** Weighted modularity of {A + c1 + x | B}: m = 9 + 20 + 2 + 1.5, degrees sum to 2 * 9 + 2 + 3.5 and 40 + 1.5. */
    private static double expectedModularity() {
        double m = 32.5;
        double inA = 9 + 2;
        double inB = 20;
        double degreeA = 2 * 9 + 2 * 2 + 1.5;
        double degreeB = 2 * 20 + 1.5;
        return inA / m - Math.pow(degreeA / (2 * m), 2) + inB / m - Math.pow(degreeB / (2 * m), 2);
    }

    @Test
    void tiesSayWhatTheyAreMadeOf() {
        landscape(Map.of("ags", "98101"))
                .path("networkLandscape.ties[?(@.from.id == 'lsc-a3' && @.to.id == 'lsc-a4')]")
                .entityList(Map.class)
                .satisfies(ties -> assertThat(ties).singleElement().satisfies(t -> {
                    assertThat(t.get("strength")).isEqualTo(2.0);
                    assertThat(t.get("sharedNetworks")).isEqualTo(2);
                }))
                .path("networkLandscape.ties[?(@.from.id == 'lsc-b1' && @.to.id == 'lsc-x')]")
                .entityList(Map.class)
                .satisfies(ties -> assertThat(ties).singleElement().satisfies(t -> {
                    assertThat(t.get("strength")).isEqualTo(1.5);
                    assertThat(t.get("sharedPractices")).isEqualTo(1);
                    assertThat(t.get("cooperation")).isEqualTo(false);
                }));
    }

    @Test
    void aNetworkOfMoreThanFiftyMembersAddsNewmansShareToEachOfItsPairs() {
        // lsc-net-big has 60 members: each of its 1,770 pairs weighs 1.0 * (50 - 1) / (60 - 1) = 49/59,
        // below the default minimum of 1.0; only lsc-g01 and lsc-g02 also share lsc-net-pair (1.0)
        double share = 49.0 / 59;
        landscape(Map.of("ags", "96101"))
                .path("networkLandscape.summary.ties")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("networkLandscape.ties[0].from.id")
                .entity(String.class)
                .isEqualTo("lsc-g01")
                .path("networkLandscape.ties[0].to.id")
                .entity(String.class)
                .isEqualTo("lsc-g02")
                .path("networkLandscape.ties[0].sharedNetworks")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("networkLandscape.ties[0].strength")
                .entity(Double.class)
                .satisfies(s -> assertThat(s).isCloseTo(1.0 + share, within(1e-9)))
                .path("networkLandscape.summary.isolatedActors")
                .entity(Integer.class)
                .isEqualTo(58);
        // from a minimum of 49/59 on, every pair of the big network is a tie
        landscape(Map.of("ags", "96101", "minTieStrength", 0.8))
                .path("networkLandscape.summary.ties")
                .entity(Integer.class)
                .isEqualTo(60 * 59 / 2)
                .path("networkLandscape.ties[?(@.from.id == 'lsc-g03' && @.to.id == 'lsc-g60')].strength")
                .entityList(Double.class)
                .satisfies(l -> assertThat(l)
                        .singleElement()
                        .satisfies(s -> assertThat(s).isCloseTo(share, within(1e-9))))
                .path("networkLandscape.summary.isolatedActors")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    /**
     * A network's figures are kept until the data change (NetworkFigures): a member joining counts
     * in the next landscape, and one leaving again too.
     */
    @Test
    void aNetworksFiguresFollowEveryWrite() {
        landscape(Map.of("ags", "98101"))
                .path("networkLandscape.networks[0].size")
                .entity(Integer.class)
                .isEqualTo(4);
        database.query("""
                        MATCH (a:Actor {id: 'lsc-i1'}), (n:Network {id: 'lsc-net-a'})
                        CREATE (a)-[:MEMBER_OF {role: 'MEMBER', since: date('2019-01-01')}]->(n)""").run();
        try {
            landscape(Map.of("ags", "98101"))
                    .path("networkLandscape.networks[0].network.id")
                    .entity(String.class)
                    .isEqualTo("lsc-net-a")
                    .path("networkLandscape.networks[0].size")
                    .entity(Integer.class)
                    .isEqualTo(5)
                    .path("networkLandscape.networks[0].membersByRole")
                    .entityList(Map.class)
                    .containsExactly(Map.of("role", "COORDINATOR", "count", 1), Map.of("role", "MEMBER", "count", 4));
        } finally {
            database.query("MATCH (:Actor {id: 'lsc-i1'})-[m:MEMBER_OF]->(:Network {id: 'lsc-net-a'}) DELETE m")
                    .run();
        }
        landscape(Map.of("ags", "98101"))
                .path("networkLandscape.networks[0].size")
                .entity(Integer.class)
                .isEqualTo(4);
    }

    @Test
    void asOfDateBringsBackFormerMembers() {
        // In mid-2020 lsc-i2 was still in lsc-net-a: tied to a1..a4 and no longer isolated.
        landscape(Map.of("ags", "98101", "asOf", "2020-06-01"))
                .path("networkLandscape.isolatedActors[*].id")
                .entityList(String.class)
                .containsExactly("lsc-i1")
                .path("networkLandscape.networks[0].size")
                .entity(Integer.class)
                .isEqualTo(5)
                .path("networkLandscape.summary.ties")
                .entity(Integer.class)
                .isEqualTo(24);
    }

    @Test
    void minimumTieStrengthDropsWeakTies() {
        // Only a3-a4 (2 networks), the cooperations (2.0) and the practice (1.5) reach 1.5.
        landscape(Map.of("ags", "98101", "minTieStrength", 1.5))
                .path("networkLandscape.summary.ties")
                .entity(Integer.class)
                .isEqualTo(13)
                .path("networkLandscape.isolatedActors[*].id")
                .entityList(String.class)
                .containsExactly("lsc-a2", "lsc-i1", "lsc-c1", "lsc-i2");
    }

    @Test
    void withoutTiesEveryActorIsIsolatedAndNothingIsClustered() {
        // the strongest tie of the fixture is 2.0
        landscape(Map.of("ags", "98101", "minTieStrength", 2.5))
                .path("networkLandscape.summary.ties")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("networkLandscape.summary.isolatedActors")
                .entity(Integer.class)
                .isEqualTo(13)
                .path("networkLandscape.summary.modularity")
                .valueIsNull()
                .path("networkLandscape.clusters")
                .entityList(Object.class)
                .hasSize(0)
                .path("networkLandscape.brokers")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void neighboursStateAndListOfDistrictsCoverTheSameDistricts() {
        var withNeighbours = landscape(Map.of("ags", "98101", "includeNeighbours", true));
        withNeighbours
                .path("networkLandscape.districts[*].ags")
                .entityList(String.class)
                .containsExactly("98101", "98102")
                .path("networkLandscape.summary.actors")
                .entity(Integer.class)
                .isEqualTo(14)
                .path("networkLandscape.ties[?(@.from.id == 'lsc-b1' && @.to.id == 'lsc-n1')].strength")
                .entityList(Double.class)
                .containsExactly(2.0);
        var summary = withNeighbours
                .path("networkLandscape.summary")
                .entity(Map.class)
                .get();
        landscape(Map.of("state", "98"))
                .path("networkLandscape.summary")
                .entity(Map.class)
                .isEqualTo(summary);
        landscape(Map.of("ags", List.of("98101", "98102")))
                .path("networkLandscape.summary")
                .entity(Map.class)
                .isEqualTo(summary);
    }

    @Test
    void unknownAndInvalidArgumentsAreNamed() {
        assertError(Map.of("ags", "98199"), "ags: no district with key '98199'", "NOT_FOUND");
        assertError(Map.of("ags", List.of("98101", "98199")), "ags[1]: no district with key '98199'", "NOT_FOUND");
        assertError(Map.of("state", "97"), "state: no state with key '97'", "NOT_FOUND");
        assertError(
                Map.of("ags", "98101", "minTieStrength", -1.0),
                "minTieStrength: must be a number of 0 or more, got -1.0",
                "BAD_REQUEST");
        assertError(Map.of(), "ags: give the districts (ags) or a state (state) to describe", "BAD_REQUEST");
        assertError(
                Map.of("ags", "6535"),
                "ags: expected a 5-digit district key (AGS) such as 06535, got '6535'",
                "BAD_REQUEST");
    }

    private void assertError(Map<String, Object> variables, String message, String classification) {
        var request = graphQl.document(LANDSCAPE);
        variables.forEach(request::variable);
        request.execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.getErrorType().toString()).isEqualTo(classification);
                }));
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Response landscape(Map<String, Object> variables) {
        var request = graphQl.document(LANDSCAPE);
        variables.forEach(request::variable);
        return request.execute();
    }

    private static String read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
