package de.regiograph.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.regiograph.IntegrationTest;
import de.regiograph.SharedData;
import de.regiograph.importing.Folder;
import de.regiograph.importing.Importer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Comparable districts on the real reference data (../shared/data, imported once for this class):
 * the numbers are recomputed here from the INKAR file, the rest are properties a person would check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparableDistrictsReferenceIT extends IntegrationTest {

    @Autowired
    Importer importer;

    List<Map<String, String>> inkar2021;

    @BeforeAll
    void importReferenceData() throws IOException {
        assertThat(importer.importAll(new Folder(SharedData.FOLDER), Importer.Options.DEFAULT)
                        .rejected())
                .isFalse();
        inkar2021 = SharedData.read("district_indicators_inkar.csv").stream()
                .filter(r -> r.get("year").equals("2021"))
                .toList();
    }

    /** Structure similarity of two districts in 2021 from the CSV: z-scores over all 400 districts. */
    double structure(String a, String b) {
        double sum = 0;
        int shared = 0;
        for (var indicator : Comparables.INDICATORS) {
            var values = inkar2021.stream()
                    .map(r -> r.get(indicator))
                    .filter(v -> !v.isEmpty())
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            double mean = java.util.Arrays.stream(values).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(values)
                    .map(v -> (v - mean) * (v - mean))
                    .average()
                    .orElseThrow());
            var x = value(a, indicator);
            var y = value(b, indicator);
            if (x != null && y != null) {
                sum += Math.pow((x - y) / sd, 2);
                shared++;
            }
        }
        return 1 / (1 + Math.sqrt(sum / shared));
    }

    Double value(String ags, String indicator) {
        var v = inkar2021.stream()
                .filter(r -> r.get("ags").equals(ags))
                .findFirst()
                .orElseThrow()
                .get(indicator);
        return v.isEmpty() ? null : Double.valueOf(v);
    }

    static final String QUERY = """
            query($ags: ID!, $weights: SimilarityWeightsInput, $first: Int) {
              comparableDistricts(ags: $ags, weights: $weights, first: $first) {
                year
                comparables { district { ags bbsrType state { code } } score
                  components { aspect value reason } indicators { indicator value otherValue } } } }""";

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> comparables(String ags, Map<String, Object> weights, int first) {
        var response = graphQl.document(QUERY)
                .variable("ags", ags)
                .variable("weights", weights)
                .variable("first", first)
                .execute();
        response.path("comparableDistricts.year").entity(Integer.class).isEqualTo(2021);
        return (List<Map<String, Object>>) (List<?>) response.path("comparableDistricts.comparables")
                .entityList(Map.class)
                .get();
    }

    static String ags(Map<String, Object> comparable) {
        return (String) ((Map<?, ?>) comparable.get("district")).get("ags");
    }

    static double component(Map<String, Object> comparable, String aspect) {
        return ((List<Map<String, Object>>) comparable.get("components"))
                .stream()
                        .filter(c -> c.get("aspect").equals(aspect))
                        .map(c -> ((Number) c.get("value")).doubleValue())
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void structureIsTheRecomputedZScoreDistanceOfTheLatestCompleteYear() {
        var list = comparables("06535", Map.of("structure", 1, "settlement", 0, "labourMarket", 0, "proximity", 0), 10);
        assertThat(list).hasSize(10).noneMatch(c -> ags(c).equals("06535"));
        for (var c : list) {
            assertThat(component(c, "STRUCTURE")).isCloseTo(structure("06535", ags(c)), within(1e-9));
            assertThat(((Number) c.get("score")).doubleValue()).isCloseTo(structure("06535", ags(c)), within(1e-9));
        }
        var best = inkar2021.stream()
                .map(r -> r.get("ags"))
                .filter(a -> !a.equals("06535"))
                .max(java.util.Comparator.comparingDouble(a -> structure("06535", a)))
                .orElseThrow();
        assertThat(ags(list.get(0))).isEqualTo(best);
        var unemployment = value("06535", "unemployment_rate");
        var other = value(ags(list.get(0)), "unemployment_rate");
        var reason = ((List<Map<String, Object>>) list.get(0).get("components"))
                .get(0)
                .get("reason")
                .toString();
        assertThat(reason).startsWith("2021, 9 indicators");
        assertThat(list.get(0).get("indicators").toString())
                .contains("indicator=unemployment_rate, value=" + unemployment + ", otherValue=" + other);
    }

    @Test
    void aBigCitysComparablesAreMostlyBigCities() {
        var list = comparables("06412", null, 10);
        long bigCities = list.stream()
                .filter(c -> Integer.valueOf(1).equals(((Map<?, ?>) c.get("district")).get("bbsrType")))
                .count();
        assertThat(bigCities).isGreaterThanOrEqualTo(8);
        assertThat(list).noneMatch(c -> ags(c).equals("06412"));
    }

    @Test
    void scoresAreInRangeOrderedAndDeterministic() {
        var list = comparables("06535", null, 100);
        assertThat(list).hasSize(100);
        for (int i = 0; i < list.size(); i++) {
            double score = ((Number) list.get(i).get("score")).doubleValue();
            assertThat(score).isBetween(0.0, 1.0);
            if (i > 0) {
                assertThat(score).isLessThanOrEqualTo(((Number) list.get(i - 1).get("score")).doubleValue());
            }
        }
        assertThat(comparables("06535", null, 100)).isEqualTo(list);
    }

    @Test
    void proximityWeightPutsTheStrongestCommuterNeighbourFirst() {
        var strongest = database.query("""
                        MATCH (:District {ags: '06535'})-[c:COMMUTES_TO {year: 2016}]-(p:District)
                        WITH p, sum(c.commuters) AS commuters ORDER BY commuters DESC, p.ags LIMIT 1
                        RETURN p.ags""").fetchAs(String.class).one().orElseThrow();
        var byProximity =
                comparables("06535", Map.of("structure", 0, "settlement", 0, "labourMarket", 0, "proximity", 1), 3);
        assertThat(ags(byProximity.get(0))).isEqualTo(strongest);
        assertThat(component(byProximity.get(0), "PROXIMITY")).isEqualTo(1.0);
    }

    @Test
    void neighboursAndOwnStateCanBeLeftOut() {
        var neighbours = database.query("MATCH (:District {ags: '06535'})-[:BORDERS]-(n) RETURN n.ags")
                .fetchAs(String.class)
                .all();
        graphQl.document(
                        "{ comparableDistricts(ags: \"06535\", first: 100, excludeNeighbours: true) { comparables { district { ags } } } }")
                .execute()
                .path("comparableDistricts.comparables[*].district.ags")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).hasSize(100).doesNotContainAnyElementsOf(neighbours));
        graphQl.document(
                        "{ comparableDistricts(ags: \"06535\", first: 30, sameState: true) { comparables { district { state { code } } } } }")
                .execute()
                .path("comparableDistricts.comparables[*].district.state.code")
                .entityList(String.class)
                .satisfies(codes -> assertThat(codes).isNotEmpty().containsOnly("06"));
        graphQl.document(
                        "{ comparableDistricts(ags: \"06535\", first: 30, sameState: false) { comparables { district { state { code } } } } }")
                .execute()
                .path("comparableDistricts.comparables[*].district.state.code")
                .entityList(String.class)
                .satisfies(codes -> assertThat(codes).hasSize(30).doesNotContain("06"));
    }

    @Test
    void aCityStateInItsOwnStateHasNothingToCompareButIsStillNamed() {
        // Berlin is the only district of state 11: the comparison has no rows to carry the district
        var berlin = graphQl.document(
                        "{ comparableDistricts(ags: \"11000\", sameState: true) { district { ags name } comparables { rank } } }")
                .execute();
        berlin.path("comparableDistricts.district.ags").entity(String.class).isEqualTo("11000");
        berlin.path("comparableDistricts.district.name").entity(String.class).isEqualTo("Berlin");
        berlin.path("comparableDistricts.comparables").entityList(Object.class).hasSize(0);
    }
}
