package de.regiograph.district;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistrictQueriesIT extends IntegrationTest {

    @Test
    void vogelsbergkreisWithItsSevenRealNeighbours() {
        graphQl.document("{ district(ags: \"06535\") { name type state { code name } neighbours { ags name } } }")
                .execute()
                .path("district.name")
                .entity(String.class)
                .isEqualTo("Vogelsbergkreis")
                .path("district.type")
                .entity(String.class)
                .isEqualTo("LANDKREIS")
                .path("district.state.name")
                .entity(String.class)
                .isEqualTo("Hessen")
                .path("district.neighbours[*].ags")
                .entityList(String.class)
                .containsExactly("06435", "06440", "06531", "06534", "06631", "06632", "06634");
    }

    @Test
    void unknownDistrictIsNull() {
        graphQl.document("{ district(ags: \"06999\") { name } }")
                .execute()
                .path("district")
                .valueIsNull();
    }

    @Test
    void malformedAgsIsABadRequestNamingTheArgument() {
        graphQl.document("{ district(ags: \"6535\") { name } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(errors.get(0).getMessage()).startsWith("ags:").contains("6535");
                    assertThat(errors.get(0).getExtensions()).containsEntry("argument", "ags");
                });
    }

    @Test
    void pagesWalkTheWholeListOnceInOrder() {
        var names = new ArrayList<String>();
        var keys = new ArrayList<String>();
        String after = null;
        long total;
        do {
            var response = graphQl.document("""
                            query($after: String) {
                              districts(filter: {stateCode: "06"}, orderBy: {field: NAME, direction: DESC}, first: 7, after: $after) {
                                totalCount
                                pageInfo { hasNextPage endCursor }
                                edges { cursor node { ags name } }
                              }
                            }""").variable("after", after).execute();
            total = response.path("districts.totalCount").entity(Long.class).get();
            names.addAll(response.path("districts.edges[*].node.name")
                    .entityList(String.class)
                    .get());
            keys.addAll(response.path("districts.edges[*].node.ags")
                    .entityList(String.class)
                    .get());
            boolean hasNext = response.path("districts.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = hasNext
                    ? response.path("districts.pageInfo.endCursor")
                            .entity(String.class)
                            .get()
                    : null;
        } while (after != null);
        assertThat(total).isEqualTo(26);
        assertThat(keys).hasSize(26).doesNotHaveDuplicates();
        assertThat(names).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
    }

    @Test
    void filtersByTypeAndName() {
        graphQl.document(
                        "{ districts(filter: {stateCode: \"06\", type: KREISFREIE_STADT}, first: 50) { totalCount edges { node { ags } } } }")
                .execute()
                .path("districts.edges[*].node.ags")
                .entityList(String.class)
                .containsExactly("06411", "06412", "06413", "06414", "06611");
        graphQl.document("{ districts(filter: {name: \"VOGELS\"}) { edges { node { ags } } } }")
                .execute()
                .path("districts.edges[*].node.ags")
                .entityList(String.class)
                .containsExactly("06535");
    }

    @Test
    void invalidPagingArgumentsAreRefused() {
        graphQl.document("{ districts(first: -1) { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("first: must be between 0 and 500, was -1");
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                }));
        graphQl.document("{ districts(after: \"bm9wZQ\") { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).startsWith("after: not a cursor")));
        graphQl.document("{ districts(filter: {type: CITY}) { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("CITY")));
    }

    @Test
    void districtShowsItsActorsNetworksPracticesAndShortages() {
        var response = graphQl.document("""
                        { district(ags: "06535") {
                            actors { id district { ags } }
                            networks { id activeIn { ags } }
                            goodPractices { id implementedIn { ags } }
                            shortages { occupation { code } year severity }
                        } }""").execute();
        response.path("district.actors[*].district.ags")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).isNotEmpty().containsOnly("06535"));
        response.path("district.networks[*].activeIn[*].ags")
                .entityList(String.class)
                .contains("06535");
        response.path("district.goodPractices[*].implementedIn[*].ags")
                .entityList(String.class)
                .contains("06535");
        response.path("district.shortages")
                .entityList(Map.class)
                .satisfies(list -> assertThat(list).isNotEmpty());
        assertThat(response.path("district.actors[*].id")
                        .entityList(String.class)
                        .get())
                .hasSize((int) count("MATCH (:District {ags: '06535'})<-[:LOCATED_IN]-(a:Actor) RETURN count(a)"));
    }

    @Test
    void statesListTheirDistricts() {
        graphQl.document("{ states { code name districts { ags } } }")
                .execute()
                .path("states[?(@.code == '06')].districts[*].ags")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).hasSize(26).allMatch(a -> a.startsWith("06")));
    }
}
