package de.regiograph.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import org.junit.jupiter.api.Test;

class OccupationsIT extends IntegrationTest {

    @Test
    void occupationWithItsHierarchy() {
        graphQl.document("{ occupation(code: \"813\") { level name parent { code level parent { code level } } } }")
                .execute()
                .path("occupation.level")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("occupation.name")
                .entity(String.class)
                .isEqualTo("Gesundheits- und Krankenpflege, Rettungsdienst und Geburtshilfe")
                .path("occupation.parent.code")
                .entity(String.class)
                .isEqualTo("81")
                .path("occupation.parent.parent.code")
                .entity(String.class)
                .isEqualTo("8")
                .path("occupation.parent.parent.level")
                .entity(Integer.class)
                .isEqualTo(1);
        graphQl.document("{ occupation(code: \"81\") { children { code } } }")
                .execute()
                .path("occupation.children[*].code")
                .entityList(String.class)
                .contains("813");
    }

    @Test
    void upsertNeedsTheParentAndDeleteKeepsTheHierarchyWhole() {
        graphQl.document(
                        "mutation { upsertOccupation(input: {code: \"8137\", name: \"Berufe in der Gesundheits- und Krankenpflege\"}) { level parent { code } } }")
                .execute()
                .path("upsertOccupation.level")
                .entity(Integer.class)
                .isEqualTo(4)
                .path("upsertOccupation.parent.code")
                .entity(String.class)
                .isEqualTo("813");
        graphQl.document("mutation { upsertOccupation(input: {code: \"99991\", name: \"Ohne Eltern\"}) { code } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage())
                                .isEqualTo("input.parentCode: no occupation with key '9999'")));
        graphQl.document("mutation { deleteOccupation(code: \"813\") { id } }")
                .execute()
                .errors()
                .satisfy(
                        errors -> assertThat(errors)
                                .singleElement()
                                .satisfies(
                                        e -> assertThat(e.getMessage())
                                                .isEqualTo(
                                                        "The occupation 813 cannot be deleted: 1 dependent nodes point to it (occupation via PART_OF); delete or move them first")));
        assertThat(count("MATCH (o:Occupation {code: '813'}) RETURN count(o)")).isEqualTo(1);
        graphQl.document("mutation { deleteOccupation(code: \"8137\") { id } }")
                .execute()
                .path("deleteOccupation.id")
                .entity(String.class)
                .isEqualTo("8137");
    }

    @Test
    void occupationShowsTheNetworksAndPracticesAboutIt() {
        graphQl.document("{ occupation(code: \"813\") { networks { id } goodPractices { id } } }")
                .execute()
                .path("occupation.networks[*].id")
                .entityList(String.class)
                .containsExactly(database.query(
                                "MATCH (:Occupation {code: '813'})<-[:FOCUSES_ON]-(n:Network) RETURN n.id ORDER BY n.name, n.id")
                        .fetchAs(String.class)
                        .all()
                        .toArray(String[]::new))
                .path("occupation.goodPractices[*].id")
                .entityList(String.class)
                .containsExactly(database.query(
                                "MATCH (:Occupation {code: '813'})<-[:ADDRESSES]-(p:GoodPractice) RETURN p.id ORDER BY p.title, p.id")
                        .fetchAs(String.class)
                        .all()
                        .toArray(String[]::new));
        assertThat(count("MATCH (:Occupation {code: '813'})<-[:FOCUSES_ON]-(n:Network) RETURN count(n)"))
                .isPositive();
    }

    @Test
    void shortagesOfADistrict() {
        graphQl.document(
                        "mutation { link(input: {type: HAS_SHORTAGE, from: \"06411\", to: \"434\", year: 2019, severity: 1.9}) }")
                .execute();
        graphQl.document("{ district(ags: \"06411\") { shortages { occupation { code } year severity } } }")
                .execute()
                .path("district.shortages[?(@.year == 2019)].severity")
                .entityList(Double.class)
                .containsExactly(1.9);
        graphQl.document(
                        "mutation { link(input: {type: HAS_SHORTAGE, from: \"06411\", to: \"434\", year: 2019, severity: 3.5}) }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage())
                                .isEqualTo("input.severity: must be between 0.0 and 3.0, was 3.5")));
    }
}
