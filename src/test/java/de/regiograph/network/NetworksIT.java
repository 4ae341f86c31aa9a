package de.regiograph.network;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import org.junit.jupiter.api.Test;

class NetworksIT extends IntegrationTest {

    @Test
    void networkWithMembersByRoleDistrictsAndFocus() {
        var response = graphQl.document("""
                        { network(id: "net-001") {
                            name memberCount
                            members { role active since until actor { id } }
                            activeIn { ags } focusOccupations { code } focusTargetGroups { name } focusActionFields { name }
                        } }""").execute();
        response.path("network.members[*].actor.id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids)
                        .containsExactlyInAnyOrderElementsOf(
                                database.query("MATCH (a:Actor)-[:MEMBER_OF]->(:Network {id: 'net-001'}) RETURN a.id")
                                        .fetchAs(String.class)
                                        .all()));
        response.path("network.members[?(@.role == 'COORDINATOR')]")
                .entityList(Object.class)
                .satisfies(coordinators -> assertThat(coordinators).isNotEmpty());
        response.path("network.memberCount")
                .entity(Long.class)
                .isEqualTo(
                        count(
                                "MATCH (:Actor)-[m:MEMBER_OF]->(:Network {id: 'net-001'}) WHERE m.until IS NULL OR m.until >= date() RETURN count(m)"));
    }

    @Test
    void formerMembersAreMarkedInactive() {
        graphQl.document("""
                        mutation {
                          upsertNetwork(input: {id: "test-net-former", name: "Ehemalige"}) { id }
                          link(input: {type: MEMBER_OF, from: "act-0001", to: "test-net-former", role: MEMBER, since: "2015-01-01", until: "2019-12-31"})
                        }""").execute();
        graphQl.document("{ network(id: \"test-net-former\") { memberCount members { active until } } }")
                .execute()
                .path("network.memberCount")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("network.members[0].active")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("network.members[0].until")
                .entity(String.class)
                .isEqualTo("2019-12-31");
    }

    @Test
    void filtersByDistrictOccupationAndTargetGroup() {
        var nursing = database.query("""
                        MATCH (n:Network)-[:FOCUSES_ON]->(o:Occupation) WHERE o.code STARTS WITH '81' OR '813' STARTS WITH o.code
                        RETURN DISTINCT n.id""").fetchAs(String.class).all();
        graphQl.document("{ networks(filter: {occupationCode: \"81\"}, first: 100) { edges { node { id } } } }")
                .execute()
                .path("networks.edges[*].node.id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids).isNotEmpty().isSubsetOf(nursing));
        graphQl.document(
                        "{ networks(filter: {districtAgs: \"06535\"}, first: 100) { edges { node { activeIn { ags } } } } }")
                .execute()
                .path("networks.edges[*].node")
                .entityList(java.util.Map.class)
                .satisfies(nodes -> assertThat(nodes)
                        .isNotEmpty()
                        .allMatch(n -> n.toString().contains("06535")));
    }

    @Test
    void ordersByMemberCount() {
        graphQl.document(
                        "{ networks(orderBy: {field: MEMBER_COUNT, direction: DESC}, first: 100) { edges { node { memberCount } } } }")
                .execute()
                .path("networks.edges[*].node.memberCount")
                .entityList(Integer.class)
                .satisfies(counts -> assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder()));
    }

    @Test
    void upsertSetsListsAndKeepsThoseLeftOut() {
        graphQl.document("""
                        mutation {
                          upsertNetwork(input: {id: "test-net-lists", name: "Netz", activeIn: ["06535", "06631"],
                                                focusOccupations: ["813"], focusTargetGroups: ["Incomings"], focusActionFields: ["Wohnen"]}) { id }
                        }""").execute();
        graphQl.document(
                        "mutation { upsertNetwork(input: {id: \"test-net-lists\", name: \"Netz umbenannt\", focusOccupations: []}) { name activeIn { ags } focusOccupations { code } focusTargetGroups { name } } }")
                .execute()
                .path("upsertNetwork.name")
                .entity(String.class)
                .isEqualTo("Netz umbenannt")
                .path("upsertNetwork.activeIn[*].ags")
                .entityList(String.class)
                .containsExactly("06535", "06631")
                .path("upsertNetwork.focusOccupations")
                .entityList(Object.class)
                .hasSize(0)
                .path("upsertNetwork.focusTargetGroups[*].name")
                .entityList(String.class)
                .containsExactly("Incomings");
    }

    @Test
    void upsertGivingSomeListsComparesOnlyThose() {
        graphQl.document("""
                        mutation {
                          upsertNetwork(input: {id: "test-net-some", name: "Netz", activeIn: ["06535"],
                                                focusOccupations: ["813"], focusTargetGroups: ["Incomings"]}) { id }
                        }""").execute();
        String unchanged = "MATCH (n:Network {id: 'test-net-some'}) WHERE n.updatedAt IS NULL RETURN count(n)";
        // the one list given is as stored, the others are left out: nothing to write
        graphQl.document(
                        "mutation { upsertNetwork(input: {id: \"test-net-some\", name: \"Netz\", focusOccupations: [\"813\"]}) { id } }")
                .execute();
        assertThat(count(unchanged)).isEqualTo(1);
        graphQl.document(
                        "mutation { upsertNetwork(input: {id: \"test-net-some\", name: \"Netz\", focusTargetGroups: []}) { activeIn { ags } focusTargetGroups { name } } }")
                .execute()
                .path("upsertNetwork.activeIn[*].ags")
                .entityList(String.class)
                .containsExactly("06535")
                .path("upsertNetwork.focusTargetGroups")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(count(unchanged)).isZero();
    }

    @Test
    void unknownReferenceWritesNothing() {
        graphQl.document(
                        "mutation { upsertNetwork(input: {id: \"test-net-bad\", name: \"X\", activeIn: [\"06535\"], focusTargetGroups: [\"Incomings\", \"Gibt es nicht\"]}) { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("input.focusTargetGroups[1]: no target group with key 'Gibt es nicht'");
                    assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND");
                }));
        assertThat(count("MATCH (n:Network {id: 'test-net-bad'}) RETURN count(n)"))
                .isZero();
    }

    @Test
    void linkAndUnlinkMembership() {
        graphQl.document("mutation { upsertNetwork(input: {id: \"test-net-link\", name: \"Link\"}) { id } }")
                .execute();
        graphQl.document(
                        "mutation { link(input: {type: MEMBER_OF, from: \"act-0002\", to: \"test-net-link\", role: COORDINATOR, since: \"2020-01-01\"}) }")
                .execute()
                .path("link")
                .entity(Boolean.class)
                .isEqualTo(true);
        graphQl.document(
                        "mutation { link(input: {type: MEMBER_OF, from: \"act-0002\", to: \"test-net-link\", role: MEMBER, since: \"2020-01-01\"}) }")
                .execute();
        graphQl.document("{ network(id: \"test-net-link\") { members { role actor { id } } } }")
                .execute()
                .path("network.members[*].role")
                .entityList(String.class)
                .containsExactly("MEMBER");
        graphQl.document("mutation { unlink(input: {type: MEMBER_OF, from: \"act-0002\", to: \"test-net-link\"}) }")
                .execute()
                .path("unlink")
                .entity(Boolean.class)
                .isEqualTo(true);
        graphQl.document("mutation { unlink(input: {type: MEMBER_OF, from: \"act-0002\", to: \"test-net-link\"}) }")
                .execute()
                .path("unlink")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void linkValidatesPropertiesForTheType() {
        graphQl.document(
                        "mutation { link(input: {type: MEMBER_OF, from: \"act-0002\", to: \"net-001\", role: MEMBER, since: \"2020-01-01\", until: \"2019-01-01\"}) }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage())
                                .isEqualTo("input.until: must not be before since (2020-01-01)")));
        graphQl.document("mutation { link(input: {type: ACTIVE_IN, from: \"net-001\", to: \"06535\", topic: \"x\"}) }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e ->
                                assertThat(e.getMessage()).startsWith("input.topic: does not apply to ACTIVE_IN")));
        graphQl.document(
                        "mutation { link(input: {type: MEMBER_OF, from: \"act-0002\", to: \"net-999\", role: MEMBER}) }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(
                                e -> assertThat(e.getMessage()).isEqualTo("input.to: no network with key 'net-999'")));
    }
}
