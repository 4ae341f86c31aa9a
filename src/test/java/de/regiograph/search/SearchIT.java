package de.regiograph.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIT extends IntegrationTest {

    @Test
    void findsActorsNetworksPracticesAndOccupationsByWordPrefix() {
        graphQl.document("""
                        { search(text: "pflege", first: 50) { score node { __typename
                            ... on Actor { name } ... on Network { name } ... on GoodPractice { title } ... on Occupation { name } } } }""")
                .execute()
                .path("search[*].node.__typename")
                .entityList(String.class)
                .satisfies(types -> assertThat(types).contains("Network", "GoodPractice", "Actor"))
                .path("search[*].score")
                .entityList(Double.class)
                .satisfies(scores -> assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder()));
    }

    @Test
    void everyWordMustMatch() {
        graphQl.document(
                        "{ search(text: \"Innovationsbüro Vogelsberg\") { node { ... on Network { id } ... on GoodPractice { id } } } }")
                .execute()
                .path("search[*].node")
                .entityList(Map.class)
                .satisfies(nodes -> assertThat(nodes)
                        .extracting(n -> n.get("id"))
                        .contains("net-001")
                        .doesNotContain("gp-001"));
    }

    @Test
    void luceneSyntaxInTheTextIsTakenLiterally() {
        graphQl.document("{ search(text: \"Pflege) OR name:* AND \\\"\") { score } }")
                .execute()
                .errors()
                .verify()
                .path("search")
                .entityList(Object.class)
                .satisfies(hits -> assertThat(hits).isNotNull());
        graphQl.document("{ search(text: \"   \") { score } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("text: must not be empty")));
    }
}
