package de.regiograph.district;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import org.junit.jupiter.api.Test;

class DistrictMutationsIT extends IntegrationTest {

    @Test
    void upsertStateAndDistrictThenBordersAndCommuting() {
        graphQl.document("""
                        mutation {
                          upsertState(input: {code: "09", name: "Bayern", nuts1: "DE2"}) { code }
                          upsertDistrict(input: {ags: "09999", name: "Testkreis", stateCode: "09", type: LANDKREIS,
                                                 bbsrType: 3, population: 123025, lat: 50.87, lon: 10.18}) { ags state { name } current }
                          b: link(input: {type: BORDERS, from: "09999", to: "06632"})
                          c: link(input: {type: COMMUTES_TO, from: "09999", to: "06632", year: 2016, commuters: 3128})
                        }""")
                .execute()
                .path("upsertDistrict.state.name")
                .entity(String.class)
                .isEqualTo("Bayern")
                .path("upsertDistrict.current")
                .entity(Boolean.class)
                .isEqualTo(true);
        graphQl.document("{ district(ags: \"06632\") { neighbours { ags } } }")
                .execute()
                .path("district.neighbours[*].ags")
                .entityList(String.class)
                .contains("09999");
        assertThat(count("MATCH (:District {ags: '09999'})-[r:COMMUTES_TO {year: 2016}]->(:District {ags: '06632'}) "
                        + "WHERE r.commuters = 3128 RETURN count(r)"))
                .isEqualTo(1);
        graphQl.document("mutation { deleteDistrict(ags: \"09999\") { id } }")
                .execute()
                .path("deleteDistrict.id")
                .entity(String.class)
                .isEqualTo("09999");
        assertThat(count("MATCH (d:District {ags: '09999'}) RETURN count(d)")).isZero();
    }

    @Test
    void aDistrictWithActorsIsNotDeleted() {
        graphQl.document("mutation { deleteDistrict(ags: \"06535\") { id } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage())
                            .startsWith("The district 06535 cannot be deleted: ")
                            .endsWith("dependent nodes point to it (actor via LOCATED_IN); delete or move them first");
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                }));
        assertThat(count("MATCH (d:District {ags: '06535'}) RETURN count(d)")).isEqualTo(1);
    }

    @Test
    void districtInputIsChecked() {
        graphQl.document(
                        "mutation { upsertDistrict(input: {ags: \"06998\", name: \"X\", stateCode: \"99\", type: LANDKREIS}) { ags } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(
                                e -> assertThat(e.getMessage()).isEqualTo("input.stateCode: no state with key '99'")));
        graphQl.document(
                        "mutation { upsertDistrict(input: {ags: \"06998\", name: \"X\", stateCode: \"06\", type: LANDKREIS, bbsrType: 7}) { ags } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("input.bbsrType: must be 1 to 4, was 7")));
        assertThat(count("MATCH (d:District {ags: '06998'}) RETURN count(d)")).isZero();
    }
}
