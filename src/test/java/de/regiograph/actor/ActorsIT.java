package de.regiograph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import org.junit.jupiter.api.Test;

class ActorsIT extends IntegrationTest {

    @Test
    void actorWithDistrictMembershipsCooperationsAndPractices() {
        var response = graphQl.document("""
                        { actor(id: "act-0001") {
                            name kind district { ags }
                            memberships { role active network { id } }
                            cooperations { partner { id } }
                            carries { id } partnersIn { id }
                        } }""").execute();
        var expectedNetworks = database.query(
                        "MATCH (:Actor {id: 'act-0001'})-[:MEMBER_OF]->(n) RETURN n.id ORDER BY n.id")
                .fetchAs(String.class)
                .all();
        response.path("actor.memberships[*].network.id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(expectedNetworks));
        var expectedPartners = database.query("MATCH (:Actor {id: 'act-0001'})-[:COOPERATES_WITH]-(p) RETURN p.id")
                .fetchAs(String.class)
                .all();
        response.path("actor.cooperations[*].partner.id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(expectedPartners));
    }

    @Test
    void cooperationIsSeenFromBothSides() {
        graphQl.document("""
                        mutation {
                          a: upsertActor(input: {id: "test-coop-a", name: "Kooperation A", kind: COMPANY, districtAgs: "06535"}) { id }
                          b: upsertActor(input: {id: "test-coop-b", name: "Kooperation B", kind: SCHOOL, districtAgs: "06631"}) { id }
                          link(input: {type: COOPERATES_WITH, from: "test-coop-b", to: "test-coop-a", since: "2024-05-01", topic: "Praktika"})
                        }""").execute().path("link").entity(Boolean.class).isEqualTo(true);
        graphQl.document("{ a: actor(id: \"test-coop-a\") { cooperations { partner { id } since topic } } "
                        + "b: actor(id: \"test-coop-b\") { cooperations { partner { id } } } }")
                .execute()
                .path("a.cooperations[0].partner.id")
                .entity(String.class)
                .isEqualTo("test-coop-b")
                .path("a.cooperations[0].since")
                .entity(String.class)
                .isEqualTo("2024-05-01")
                .path("a.cooperations[0].topic")
                .entity(String.class)
                .isEqualTo("Praktika")
                .path("b.cooperations[0].partner.id")
                .entity(String.class)
                .isEqualTo("test-coop-a");
        assertThat(
                        count(
                                "MATCH (:Actor {id: 'test-coop-a'})-[r:COOPERATES_WITH]-(:Actor {id: 'test-coop-b'}) RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void filtersByKindsDistrictAndNetwork() {
        graphQl.document(
                        "{ actors(filter: {kinds: [CHAMBER, JOBCENTER], districtAgs: \"06631\"}, first: 100) { edges { node { kind district { ags } } } } }")
                .execute()
                .path("actors.edges[*].node.kind")
                .entityList(String.class)
                .satisfies(kinds ->
                        assertThat(kinds).isNotEmpty().allMatch(k -> k.equals("CHAMBER") || k.equals("JOBCENTER")))
                .path("actors.edges[*].node.district.ags")
                .entityList(String.class)
                .satisfies(ags -> assertThat(ags).containsOnly("06631"));
        graphQl.document("{ actors(filter: {networkId: \"net-001\"}, first: 100) { totalCount } }")
                .execute()
                .path("actors.totalCount")
                .entity(Long.class)
                .isEqualTo(count("MATCH (a:Actor)-[:MEMBER_OF]->(:Network {id: 'net-001'}) RETURN count(DISTINCT a)"));
    }

    @Test
    void upsertCreatesWithAGeneratedIdThenUpdatesAndMoves() {
        var id = graphQl.document(
                        "mutation { upsertActor(input: {name: \" Neue Firma GmbH \", kind: COMPANY, districtAgs: \"06535\"}) { id name } }")
                .execute()
                .path("upsertActor.name")
                .entity(String.class)
                .isEqualTo("Neue Firma GmbH")
                .path("upsertActor.id")
                .entity(String.class)
                .get();
        assertThat(id).startsWith("actor-");
        graphQl.document(
                        "mutation($id: ID) { upsertActor(input: {id: $id, name: \"Neue Firma AG\", kind: COMPANY, districtAgs: \"06631\", website: \"https://example.org\"}) { name website district { ags } } }")
                .variable("id", id)
                .execute()
                .path("upsertActor.name")
                .entity(String.class)
                .isEqualTo("Neue Firma AG")
                .path("upsertActor.district.ags")
                .entity(String.class)
                .isEqualTo("06631");
        assertThat(count("MATCH (:Actor {id: '" + id + "'})-[r:LOCATED_IN]->() RETURN count(r)"))
                .isEqualTo(1);
        assertThat(count("MATCH (a:Actor {id: '" + id + "'}) RETURN count(a)")).isEqualTo(1);
    }

    @Test
    void invalidInputIsRefusedAndNothingIsWritten() {
        long before = count("MATCH (a:Actor) RETURN count(a)");
        graphQl.document(
                        "mutation { upsertActor(input: {id: \"test-bad\", name: \"  \", kind: COMPANY, districtAgs: \"06535\"}) { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("input.name: must not be empty");
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                }));
        graphQl.document(
                        "mutation { upsertActor(input: {id: \"test-bad\", name: \"X\", kind: COMPANY, districtAgs: \"06999\"}) { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("input.districtAgs: no district with key '06999'");
                    assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND");
                }));
        graphQl.document(
                        "mutation { upsertActor(input: {id: \"bad id!\", name: \"X\", kind: COMPANY, districtAgs: \"06535\"}) { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).startsWith("input.id: expected an id")));
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(before);
    }

    @Test
    void deleteRemovesTheActorWithItsRelationships() {
        graphQl.document("""
                        mutation {
                          upsertActor(input: {id: "test-delete", name: "Wird gelöscht", kind: OTHER, districtAgs: "06535"}) { id }
                          link(input: {type: MEMBER_OF, from: "test-delete", to: "net-001", role: MEMBER})
                        }""").execute();
        graphQl.document("mutation { deleteActor(id: \"test-delete\") { id } }")
                .execute()
                .path("deleteActor.id")
                .entity(String.class)
                .isEqualTo("test-delete");
        assertThat(count("MATCH (a:Actor {id: 'test-delete'}) RETURN count(a)")).isZero();
        graphQl.document("mutation { deleteActor(id: \"test-delete\") { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("id: no actor with key 'test-delete'");
                    assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND");
                }));
    }
}
