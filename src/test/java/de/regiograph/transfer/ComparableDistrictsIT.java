package de.regiograph.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.regiograph.IntegrationTest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Comparable districts on a fictional fixture: four districts of a state 99 with hand-picked
 * indicator values in a year of their own (1999), so that z-scores are taken over these four only.
 * Testkreis Süd is obviously most like Testkreis Nord; the expected numbers are computed here from
 * the fixture values as the method describes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparableDistrictsIT extends IntegrationTest {

    static final String NORD = "99901";
    static final String SUED = "99902";
    static final String STADT = "99903";
    static final String OST = "99904";

    /** unemployment_rate, median_age, gdp_per_capita (null = missing) of each fixture district in 1999. */
    static final Map<String, Double[]> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put(NORD, new Double[] {3.0, 47.0, 30.0});
        VALUES.put(SUED, new Double[] {3.2, 46.0, 32.0});
        VALUES.put(STADT, new Double[] {8.0, 40.0, 45.0});
        VALUES.put(OST, new Double[] {6.0, 44.0, null});
    }

    static final String FIXTURE = """
            MERGE (s:State {code: '99'}) SET s.name = 'Testland'
            WITH s
            UNWIND [
              {ags: '99901', name: 'Testkreis Nord', type: 'LANDKREIS', bbsrType: 4, bbsrTypeName: 'Dünn besiedelter ländlicher Kreis', population: 100000, areaKm2: 1000.0,
               values: {unemployment_rate: 3.0, median_age: 47.0, gdp_per_capita: 30.0}, shortages: ['813', '263']},
              {ags: '99902', name: 'Testkreis Süd', type: 'LANDKREIS', bbsrType: 4, bbsrTypeName: 'Dünn besiedelter ländlicher Kreis', population: 120000, areaKm2: 1000.0,
               values: {unemployment_rate: 3.2, median_age: 46.0, gdp_per_capita: 32.0}, shortages: ['813', '261']},
              {ags: '99903', name: 'Teststadt', type: 'KREISFREIE_STADT', bbsrType: 1, bbsrTypeName: 'kreisfreie Großstadt', population: 500000, areaKm2: 200.0,
               values: {unemployment_rate: 8.0, median_age: 40.0, gdp_per_capita: 45.0}, shortages: []},
              {ags: '99904', name: 'Testkreis Ost', type: 'LANDKREIS', bbsrType: 3, bbsrTypeName: 'Ländlicher Kreis mit Verdichtungsansätzen', population: 150000, areaKm2: 500.0,
               values: {unemployment_rate: 6.0, median_age: 44.0}, shortages: ['434']}
            ] AS row
            CREATE (d:District {ags: row.ags, name: row.name, type: row.type, bbsrType: row.bbsrType, bbsrTypeName: row.bbsrTypeName,
                                population: row.population, areaKm2: row.areaKm2, current: true, illustrative: true})-[:IN_STATE]->(s)
            CREATE (v:IndicatorValues {id: row.ags + ':1999', ags: row.ags, year: 1999})-[:VALUES_OF]->(d)
            SET v += row.values
            WITH d, row
            UNWIND row.shortages AS code
            MATCH (o:Occupation {code: code})
            CREATE (d)-[:HAS_SHORTAGE {year: 1999, severity: 2.0}]->(o)
            """;

    static final String LINKS = """
            MATCH (nord:District {ags: '99901'}), (stadt:District {ags: '99903'}), (ost:District {ags: '99904'})
            CREATE (nord)-[:BORDERS]->(ost)
            CREATE (nord)-[:COMMUTES_TO {year: 1999, commuters: 1000}]->(ost)
            CREATE (nord)-[:COMMUTES_TO {year: 1999, commuters: 3000}]->(stadt)
            CREATE (stadt)-[:COMMUTES_TO {year: 1999, commuters: 1000}]->(nord)
            """;

    @BeforeAll
    void fixture() {
        removeFixture();
        database.query(FIXTURE).run();
        database.query(LINKS).run();
    }

    @AfterAll
    void removeFixture() {
        database.query("""
                MATCH (d:District) WHERE d.ags IN ['99901', '99902', '99903', '99904']
                OPTIONAL MATCH (d)<-[:VALUES_OF]-(v)
                DETACH DELETE d, v""").run();
        database.query("MATCH (s:State {code: '99'}) DETACH DELETE s").run();
    }

    /** Structure similarity of two fixture districts: 1 / (1 + RMS of z-score differences over shared indicators). */
    static double structure(String a, String b) {
        double sum = 0;
        int shared = 0;
        for (int i = 0; i < 3; i++) {
            var x = VALUES.get(a)[i];
            var y = VALUES.get(b)[i];
            if (x == null || y == null) {
                continue;
            }
            final int indicator = i;
            var present = VALUES.values().stream()
                    .map(v -> v[indicator])
                    .filter(v -> v != null)
                    .toList();
            double mean =
                    present.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double sd = Math.sqrt(present.stream()
                    .mapToDouble(v -> (v - mean) * (v - mean))
                    .average()
                    .orElseThrow());
            sum += Math.pow((x - y) / sd, 2);
            shared++;
        }
        return 1 / (1 + Math.sqrt(sum / shared));
    }

    @Test
    void structureAloneRanksByStandardisedDistance() {
        var expected = List.of(SUED, STADT, OST).stream()
                .sorted(Comparator.comparingDouble((String ags) -> -structure(NORD, ags)))
                .toList();
        assertThat(expected.get(0)).isEqualTo(SUED);
        var response = graphQl.document("""
                        { comparableDistricts(ags: "99901", weights: {structure: 1, settlement: 0, labourMarket: 0, proximity: 0}) {
                            year indicators
                            comparables { rank score district { ags } components { aspect value } } } }""").execute();
        response.path("comparableDistricts.year").entity(Integer.class).isEqualTo(1999);
        response.path("comparableDistricts.comparables[*].district.ags")
                .entityList(String.class)
                .containsExactly(expected.toArray(String[]::new));
        for (var ags : expected) {
            response.path("comparableDistricts.comparables[?(@.district.ags == '" + ags + "')].score")
                    .entityList(Double.class)
                    .satisfies(scores -> assertThat(scores)
                            .singleElement()
                            .satisfies(score -> assertThat(score).isCloseTo(structure(NORD, ags), within(1e-9))));
        }
    }

    @Test
    void componentsAndScoreWithDefaultWeights() {
        var response = graphQl.document("""
                        { comparableDistricts(ags: "99901") {
                            weights { structure settlement labourMarket proximity }
                            comparables { score district { ags }
                              components { aspect value weight contribution reason }
                              indicators { indicator value otherValue zDifference } } } }""").execute();
        response.path("comparableDistricts.weights.structure")
                .entity(Double.class)
                .isEqualTo(0.5);
        // Süd: same kind and BBSR type, density 100 vs 120; shortages 813 in both, 263 vs 261 same Berufshauptgruppe
        double settlementSued = (1 + 1 + (1 - Math.abs(Math.log10(100.0 / 120.0)))) / 3;
        double labourSued = (1 + 0.25 + 1 + 0.25) / 4;
        assertComponents(response, SUED, structure(NORD, SUED), settlementSued, labourSued, 0.0);
        // Ost borders Nord; 1,000 of Nord's strongest link of 4,000 commuters (with Teststadt, both directions)
        double settlementOst = (1 - 1 / 3.0 + 1 + (1 - Math.abs(Math.log10(100.0 / 300.0)))) / 3;
        assertComponents(response, OST, structure(NORD, OST), settlementOst, 0.0, 0.5 + 0.5 * 1000 / 4000);
        // Teststadt has no shortages recorded: labour market unknown, the other weights count
        double settlementStadt = (0 + 0 + 0) / 3.0;
        assertComponents(response, STADT, structure(NORD, STADT), settlementStadt, null, 0.5 * 4000 / 4000);
    }

    /**
     * The comparison basis (statistics and shortage occupations of all districts) is kept between
     * requests: a shortage imported between two comparisons changes the second.
     */
    @Test
    void aShortageImportedChangesTheNextComparison() {
        var labourMarket = """
                { comparableDistricts(ags: "99901") {
                    comparables { district { ags } components { aspect value } } } }""";
        var stadt = "comparableDistricts.comparables[?(@.district.ags == '99903')]"
                + ".components[?(@.aspect == 'LABOUR_MARKET')].value";
        graphQl.document(labourMarket)
                .execute()
                .path(stadt)
                .entityList(Object.class)
                .containsExactly((Object) null);
        try {
            graphQl.document("""
                            mutation($csv: String!) { importCsv(file: SHORTAGES, csv: $csv) { imported } }""")
                    .variable("csv", "ags,occupation_code,year,severity\n99903,813,1999,2.0\n")
                    .execute()
                    .path("importCsv.imported")
                    .entity(Boolean.class)
                    .isEqualTo(true);
            // Nord 813 and 263 against Teststadt 813: 813 matched (1) twice, 263 unmatched (0)
            graphQl.document(labourMarket)
                    .execute()
                    .path(stadt)
                    .entityList(Double.class)
                    .satisfies(v -> assertThat(v)
                            .singleElement()
                            .satisfies(x -> assertThat(x).isCloseTo(2 / 3.0, within(1e-9))));
        } finally {
            database.query("MATCH (:District {ags: '99903'})-[r:HAS_SHORTAGE]->() DELETE r")
                    .run();
        }
    }

    private static final String[] ASPECTS = {"STRUCTURE", "SETTLEMENT", "LABOUR_MARKET", "PROXIMITY"};
    private static final double[] WEIGHTS = {0.5, 0.2, 0.2, 0.1};

    private void assertComponents(
            org.springframework.graphql.test.tester.GraphQlTester.Response response, String ags, Double... values) {
        var base = "comparableDistricts.comparables[?(@.district.ags == '" + ags + "')]";
        double weighted = 0;
        double known = 0;
        for (int i = 0; i < 4; i++) {
            if (values[i] != null) {
                weighted += WEIGHTS[i] * values[i];
                known += WEIGHTS[i];
            }
        }
        double expectedScore = weighted / known;
        response.path(base + ".score")
                .entityList(Double.class)
                .satisfies(s -> assertThat(s)
                        .singleElement()
                        .satisfies(v -> assertThat(v).isCloseTo(expectedScore, within(1e-9))));
        for (int i = 0; i < 4; i++) {
            final Double expected = values[i];
            response.path(base + ".components[?(@.aspect == '" + ASPECTS[i] + "')].value")
                    .entityList(Object.class)
                    .satisfies(v -> {
                        if (expected == null) {
                            assertThat(v).containsOnlyNulls();
                        } else {
                            assertThat(((Number) v.get(0)).doubleValue()).isCloseTo(expected, within(1e-9));
                        }
                    });
        }
    }

    @Test
    void reasonsNameTheValuesOfBothDistricts() {
        var response = graphQl.document("""
                        { comparableDistricts(ags: "99901") {
                            comparables { district { ags } components { aspect reason } } } }""").execute();
        response.path(
                        "comparableDistricts.comparables[?(@.district.ags == '99902')].components[?(@.aspect == 'STRUCTURE')].reason")
                .entityList(String.class)
                .satisfies(r -> assertThat(r.get(0))
                        .startsWith("1999, 3 indicators")
                        .contains(" 3 vs 3.2", " 47 vs 46", " 30 vs 32"));
        response.path(
                        "comparableDistricts.comparables[?(@.district.ags == '99904')].components[?(@.aspect == 'STRUCTURE')].reason")
                .entityList(String.class)
                .satisfies(r -> assertThat(r.get(0)).contains("missing values, not compared: gdp_per_capita"));
        response.path(
                        "comparableDistricts.comparables[?(@.district.ags == '99902')].components[?(@.aspect == 'LABOUR_MARKET')].reason")
                .entityList(String.class)
                .satisfies(r -> assertThat(r.get(0))
                        .contains("shortage in both: 813")
                        .contains("263")
                        .contains("261")
                        .contains("same Berufshauptgruppe"));
        response.path(
                        "comparableDistricts.comparables[?(@.district.ags == '99902')].components[?(@.aspect == 'SETTLEMENT')].reason")
                .entityList(String.class)
                .satisfies(
                        r -> assertThat(r.get(0))
                                .isEqualTo(
                                        "both Landkreis; both BBSR Kreistyp 4 Dünn besiedelter ländlicher Kreis; density 100 vs 120 inhabitants/km²"));
        response.path(
                        "comparableDistricts.comparables[?(@.district.ags == '99904')].components[?(@.aspect == 'PROXIMITY')].reason")
                .entityList(String.class)
                .satisfies(r -> assertThat(r.get(0))
                        .startsWith("shares a border; 1,000 commuters (1999")
                        .contains("25 %"));
        response.path(
                        "comparableDistricts.comparables[?(@.district.ags == '99903')].components[?(@.aspect == 'LABOUR_MARKET')].reason")
                .entityList(String.class)
                .satisfies(r -> assertThat(r.get(0)).isEqualTo("not compared: no shortage occupations recorded there"));
    }

    @Test
    void neighboursAndStatesCanBeExcluded() {
        graphQl.document(
                        "{ comparableDistricts(ags: \"99901\", excludeNeighbours: true) { comparables { district { ags } } } }")
                .execute()
                .path("comparableDistricts.comparables[*].district.ags")
                .entityList(String.class)
                .satisfies(ags -> assertThat(ags).containsExactlyInAnyOrder(SUED, STADT));
        graphQl.document(
                        "{ comparableDistricts(ags: \"99901\", sameState: false) { comparables { district { ags } } } }")
                .execute()
                .path("comparableDistricts.comparables")
                .entityList(Object.class)
                .hasSize(0);
        graphQl.document(
                        "{ comparableDistricts(ags: \"99901\", sameState: true, first: 2) { comparables { district { ags state { code } } } } }")
                .execute()
                .path("comparableDistricts.comparables[*].district.state.code")
                .entityList(String.class)
                .containsExactly("99", "99");
    }

    @Test
    void badArgumentsAreRefusedByName() {
        expectError("{ comparableDistricts(ags: \"99999\") { year } }", "NOT_FOUND", "ags");
        expectError("{ comparableDistricts(ags: \"9990\") { year } }", "BAD_REQUEST", "ags");
        expectError("{ comparableDistricts(ags: \"99901\", first: 101) { year } }", "BAD_REQUEST", "first");
        expectError(
                "{ comparableDistricts(ags: \"99901\", weights: {proximity: -0.1}) { year } }",
                "BAD_REQUEST",
                "weights.proximity");
        expectError(
                "{ comparableDistricts(ags: \"99901\", weights: {structure: 0, settlement: 0, labourMarket: 0, proximity: 0}) { year } }",
                "BAD_REQUEST",
                "weights");
        expectError("{ comparableDistricts(ags: \"99901\", year: 1998) { year } }", "BAD_REQUEST", "year");
    }
}
