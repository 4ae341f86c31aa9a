package de.regiograph.practice;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import org.junit.jupiter.api.Test;

class GoodPracticesIT extends IntegrationTest {

    @Test
    void theSeedExampleWithItsWholeClassification() {
        graphQl.document("""
                        { goodPractice(id: "gp-001") {
                            title spatialLevel possibleCarrierKinds
                            strategies { name } targetGroups { name } projectTypes { name } actionFields { name }
                            implementedIn { ags } carriers { id } partners { id }
                        } }""")
                .execute()
                .path("goodPractice.title")
                .entity(String.class)
                .isEqualTo("Innovationsbüro Fachkräfte")
                .path("goodPractice.spatialLevel")
                .entity(String.class)
                .isEqualTo("REGIONAL")
                .path("goodPractice.possibleCarrierKinds")
                .entityList(String.class)
                .containsExactly("MUNICIPALITY", "COMPANY")
                .path("goodPractice.strategies[*].name")
                .entityList(String.class)
                .containsExactly("Multilokale sesshaft machen")
                .path("goodPractice.targetGroups[*].name")
                .entityList(String.class)
                .containsExactly("Incomings")
                .path("goodPractice.projectTypes[*].name")
                .entityList(String.class)
                .containsExactly("beratend/vermittelnd", "konzeptionell")
                .path("goodPractice.actionFields[*].name")
                .entityList(String.class)
                .containsExactly("Unternehmen")
                .path("goodPractice.implementedIn[*].ags")
                .entityList(String.class)
                .contains("06535")
                .path("goodPractice.carriers")
                .entityList(Object.class)
                .satisfies(c -> assertThat(c).isNotEmpty());
    }

    @Test
    void filtersByTargetGroupStrategyAndDistrict() {
        graphQl.document(
                        "{ goodPractices(filter: {targetGroup: \"Incomings\", districtAgs: \"06535\"}, first: 100) { totalCount edges { node { targetGroups { name } implementedIn { ags } } } } }")
                .execute()
                .path("goodPractices.totalCount")
                .entity(Long.class)
                .isEqualTo(count("""
                        MATCH (p:GoodPractice)-[:TARGETS]->(:TargetGroup {name: 'Incomings'})
                        WHERE EXISTS { (p)-[:IMPLEMENTED_IN]->(:District {ags: '06535'}) } RETURN count(p)"""));
        graphQl.document(
                        "{ goodPractices(filter: {strategy: \"Multilokale sesshaft machen\"}, first: 100) { edges { node { strategies { name } } } } }")
                .execute()
                .path("goodPractices.edges[*].node.strategies[*].name")
                .entityList(String.class)
                .satisfies(names -> assertThat(names).contains("Multilokale sesshaft machen"));
    }

    @Test
    void upsertWithClassificationThenCarriersByLink() {
        graphQl.document("""
                        mutation {
                          upsertTaxonomyTerm(input: {kind: STRATEGY, name: "Testen stärken", description: "nur Test"}) { name }
                          upsertGoodPractice(input: {id: "test-gp", title: "Testpraxis", spatialLevel: LOCAL,
                              possibleCarrierKinds: [SCHOOL], strategies: ["Testen stärken"], targetGroups: ["Rückkehrende"],
                              occupations: ["813"], implementedIn: ["06611"]}) { id }
                          link(input: {type: CARRIES, from: "act-0001", to: "test-gp"})
                        }""").execute().path("link").entity(Boolean.class).isEqualTo(true);
        graphQl.document(
                        "{ goodPractice(id: \"test-gp\") { strategies { name description } occupations { code } implementedIn { ags } carriers { id } } }")
                .execute()
                .path("goodPractice.strategies[0].description")
                .entity(String.class)
                .isEqualTo("nur Test")
                .path("goodPractice.occupations[*].code")
                .entityList(String.class)
                .containsExactly("813")
                .path("goodPractice.implementedIn[*].ags")
                .entityList(String.class)
                .containsExactly("06611")
                .path("goodPractice.carriers[*].id")
                .entityList(String.class)
                .containsExactly("act-0001");
        graphQl.document("{ actor(id: \"act-0001\") { carries { id } } }")
                .execute()
                .path("actor.carries[*].id")
                .entityList(String.class)
                .contains("test-gp");
    }

    @Test
    void unknownOccupationIsNamedAndNothingWritten() {
        graphQl.document(
                        "mutation { upsertGoodPractice(input: {id: \"test-gp-bad\", title: \"X\", occupations: [\"813\", \"99999\"]}) { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage())
                                .isEqualTo("input.occupations[1]: no occupation with key '99999'")));
        assertThat(count("MATCH (p:GoodPractice {id: 'test-gp-bad'}) RETURN count(p)"))
                .isZero();
    }
}
