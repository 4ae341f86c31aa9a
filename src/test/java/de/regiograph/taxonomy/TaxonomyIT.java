package de.regiograph.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import org.junit.jupiter.api.Test;

class TaxonomyIT extends IntegrationTest {

    @Test
    void listsTermsOfAKindAndDeletesThemWithTheirLinks() {
        graphQl.document("{ taxonomy(kind: TARGET_GROUP) { kind name } }")
                .execute()
                .path("taxonomy[*].name")
                .entityList(String.class)
                .contains("Incomings", "Rückkehrende")
                .path("taxonomy[*].kind")
                .entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).containsOnly("TARGET_GROUP"));
        graphQl.document("""
                        mutation {
                          upsertTaxonomyTerm(input: {kind: ACTION_FIELD, name: "Testfeld"}) { name }
                          upsertGoodPractice(input: {id: "test-gp-term", title: "Mit Testfeld", actionFields: ["Testfeld"]}) { id }
                        }""").execute();
        graphQl.document("mutation { deleteTaxonomyTerm(kind: ACTION_FIELD, name: \"Testfeld\") { id } }")
                .execute()
                .path("deleteTaxonomyTerm.id")
                .entity(String.class)
                .isEqualTo("Testfeld");
        graphQl.document("{ goodPractice(id: \"test-gp-term\") { actionFields { name } } }")
                .execute()
                .path("goodPractice.actionFields")
                .entityList(Object.class)
                .hasSize(0);
        graphQl.document("mutation { deleteTaxonomyTerm(kind: ACTION_FIELD, name: \"Testfeld\") { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e ->
                                assertThat(e.getMessage()).isEqualTo("name: no action field with key 'Testfeld'")));
    }
}
