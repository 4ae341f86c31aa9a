package de.regiograph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;

/**
 * Workloads 5a–5c: {@code comparableDistricts} and {@code transferSuggestions} over HTTP against one
 * hand-tuned Cypher statement each, through the driver, that ranks the same districts or practices
 * with the same scores. 5a's statement also returns the numbers that explain each of the ten (component
 * values, indicator values, shortages, border and commuters; the application words them as reasons),
 * 5b's ranks only (no reasons, no components, no transferability check). Each
 * measured request asks about the next district of a seeded shuffle of all districts (both sides the
 * same district at the same position), so the repetitions go round the country.
 */
final class TransferWorkloads implements AutoCloseable {

    private static final String COMPARABLE_DOCUMENT = """
            query($ags: ID!) {
              comparableDistricts(ags: $ags) {
                district { ags } year indicators
                comparables {
                  district { ags name } rank score
                  components { aspect value weight contribution reason }
                  indicators { indicator value otherValue zDifference }
                }
              }
            }
            """;

    private static final String SUGGESTIONS_DOCUMENT = """
            query($ags: ID!) {
              transferSuggestions(ags: $ags) {
                rank practice { id title } score penalty penaltyReason spatialLevelFits
                components { aspect value weight contribution reason }
                comesFrom { district { ags } since comparison { score } }
                carriers { kind actorCount missing note candidates { actor { id name } networkCount reason } }
                partners { kind actorCount missing }
                missingKinds
                anchorNetworks { network { id name } reason }
              }
            }
            """;

    /** The INKAR indicators the application compares (Comparables.INDICATORS). */
    private static final List<String> INDICATORS = List.of(
            "unemployment_rate",
            "youth_unemployment_rate",
            "share_65plus",
            "median_age",
            "gdp_per_capita",
            "share_primary_sector",
            "share_secondary_sector",
            "apprentices_per_100",
            "share_foreign");

    private static final String CREDIT_CODES = """
            CASE WHEN a = b THEN 1.0
                 WHEN size(a) >= 3 AND size(b) >= 3 AND left(a, 3) = left(b, 3) THEN 0.5
                 WHEN left(a, 2) = left(b, 2) THEN 0.25
                 ELSE 0.0 END""";

    /**
     * Hand-written similarity of district {@code $ags} with every other district: one row per other
     * district with {@code target, other, score} (default weights, default year). Fewer columns than
     * the application's query, shortages of the other districts read per district, z differences
     * taken directly, indicator values read once per node as a map, the largest of a list by
     * {@code reduce} ({@code apoc.coll.max} runs a statement of its own per call).
     */
    private static final String SIMILARITY = """
            MATCH (target:District {ags: $ags})
            OPTIONAL MATCH (target)<-[:VALUES_OF]-(tv:IndicatorValues)
            WITH target, tv ORDER BY size([i IN $indicators WHERE tv[i] IS NOT NULL]) DESC, tv.year DESC
            WITH target, head(collect(tv)) AS tv
            WITH target, tv, properties(tv) AS here
            CALL (tv) {
              OPTIONAL MATCH (v:IndicatorValues {year: tv.year})
              UNWIND $indicators AS name
              WITH name, stDevP(v[name]) AS sd, count(v[name]) AS n
                WHERE n > 1 AND sd > 0
              RETURN collect({name: name, sd: sd}) AS stats
            }
            CALL (target) {
              OPTIONAL MATCH (target)-[r:HAS_SHORTAGE]->(o:Occupation) WHERE r.severity >= 1.5
              WITH r.year AS y, o.code AS code ORDER BY y DESC
              WITH collect({y: y, code: code}) AS all
              RETURN [s IN all WHERE s.y = all[0].y | s.code] AS mine
            }
            CALL (target) {
              OPTIONAL MATCH (target)-[c:COMMUTES_TO]-(partner:District)
              WITH c.year AS y, partner.ags AS partner, sum(c.commuters) AS commuters ORDER BY y DESC
              WITH collect({y: y, partner: partner, commuters: commuters}) AS all
              WITH [f IN all WHERE f.y = all[0].y] AS latest
              RETURN apoc.map.fromPairs([f IN latest | [f.partner, f.commuters]]) AS flows,
                     reduce(m = null, x IN [f IN latest | f.commuters] | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) AS strongest
            }
            MATCH (other:District)
              WHERE other <> target AND coalesce(other.current, true)
            OPTIONAL MATCH (other)<-[:VALUES_OF]-(ov:IndicatorValues {year: tv.year})
            WITH * WHERE tv IS NULL OR ov IS NOT NULL
            WITH *, properties(ov) AS there
            CALL (other) {
              OPTIONAL MATCH (other)-[r:HAS_SHORTAGE]->(o:Occupation) WHERE r.severity >= 1.5
              WITH r.year AS y, o.code AS code ORDER BY y DESC
              WITH collect({y: y, code: code}) AS all
              RETURN [s IN all WHERE s.y = all[0].y | s.code] AS theirs
            }
            WITH target, mine, flows, strongest, other, theirs, stats, here, there,
                 [s IN stats WHERE here[s.name] IS NOT NULL AND there[s.name] IS NOT NULL | (here[s.name] - there[s.name]) / s.sd] AS dz,
                 EXISTS { (target)-[:BORDERS]-(other) } AS bordering, coalesce(flows[other.ags], 0) AS commuters
            WITH target, mine, other, theirs, stats, here, there, bordering, commuters,
                 CASE WHEN size(dz) > 0 AND 2 * size(dz) >= size(stats)
                   THEN 1.0 / (1.0 + sqrt(reduce(q = 0.0, x IN dz | q + x * x) / size(dz))) END AS structure,
                 [p IN [
                   CASE WHEN target.bbsrType IS NOT NULL AND other.bbsrType IS NOT NULL
                     THEN 1.0 - abs(target.bbsrType - other.bbsrType) / 3.0 END,
                   CASE WHEN target.type IS NOT NULL AND other.type IS NOT NULL
                     THEN CASE WHEN target.type = other.type THEN 1.0 ELSE 0.0 END END,
                   CASE WHEN target.population > 0 AND target.areaKm2 > 0 AND other.population > 0 AND other.areaKm2 > 0
                     THEN CASE WHEN abs(log10((toFloat(target.population) / target.areaKm2)
                                              / (toFloat(other.population) / other.areaKm2))) >= 1 THEN 0.0
                               ELSE 1.0 - abs(log10((toFloat(target.population) / target.areaKm2)
                                                    / (toFloat(other.population) / other.areaKm2))) END END]
                   WHERE p IS NOT NULL] AS settlementParts,
                 CASE WHEN size(mine) > 0 AND size(theirs) > 0
                   THEN (apoc.coll.sum([a IN mine | reduce(m = null, x IN [b IN theirs | %1$s] | CASE WHEN m IS NULL OR x > m THEN x ELSE m END)])
                         + apoc.coll.sum([b IN theirs | reduce(m = null, x IN [a IN mine | %1$s] | CASE WHEN m IS NULL OR x > m THEN x ELSE m END)]))
                        / (size(mine) + size(theirs)) END AS labourMarket,
                 CASE WHEN bordering THEN 0.5 ELSE 0.0 END
                 + CASE WHEN strongest > 0 THEN 0.5 * commuters / toFloat(strongest) ELSE 0.0 END
                   AS proximity
            WITH *, CASE WHEN size(settlementParts) > 0 THEN apoc.coll.avg(settlementParts) END AS settlement
            WITH *, [c IN [[0.5, structure], [0.2, settlement], [0.2, labourMarket], [0.1, proximity]] WHERE c[1] IS NOT NULL] AS known
            WITH *, CASE WHEN size(known) > 0 THEN reduce(q = 0.0, c IN known | q + c[0] * c[1])
                                                   / reduce(q = 0.0, c IN known | q + c[0]) ELSE 0.0 END AS score
            """.formatted(CREDIT_CODES);

    /**
     * Workload 5a's baseline: the first ten of the ranking with what the answer explains them by: the
     * four component values, the indicators both districts have (values and z difference), the shortage
     * occupations of both (code and name), the shared border and the commuters. The application turns
     * the same numbers into sentences.
     */
    private static final String COMPARABLE_BASELINE = SIMILARITY + """
            WITH target, mine, other, theirs, stats, here, there, bordering, commuters,
                 structure, settlement, labourMarket, proximity, score
              ORDER BY score DESC, other.ags
              LIMIT 10
            RETURN other.ags AS key, other.name AS name, score, structure, settlement, labourMarket, proximity,
                   [s IN stats WHERE here[s.name] IS NOT NULL AND there[s.name] IS NOT NULL |
                     {indicator: s.name, value: here[s.name], otherValue: there[s.name],
                      zDifference: abs(here[s.name] - there[s.name]) / s.sd}] AS indicators,
                   COLLECT { MATCH (o:Occupation) WHERE o.code IN mine RETURN o.code + ' ' + o.name } AS shortagesHere,
                   COLLECT { MATCH (o:Occupation) WHERE o.code IN theirs RETURN o.code + ' ' + o.name } AS shortagesThere,
                   other {.type, .bbsrType, .bbsrTypeName, .population, .areaKm2} AS settlementFacts,
                   bordering, commuters
            """;

    /**
     * Workload 5b's baseline: the similarity of every district, then the practices ranked as the
     * application ranks them (comparability, needs, evidence, penalty for a similar local practice).
     */
    private static final String SUGGESTIONS_BASELINE = SIMILARITY + """
            WITH target, mine, other.ags AS ags, score ORDER BY score DESC, ags
            WITH target, mine, apoc.map.fromPairs(collect([ags, score])) AS similarity
            CALL (target) {
              MATCH (target)<-[:IMPLEMENTED_IN]-(q:GoodPractice)
              RETURN collect([(q)-[:PURSUES|TARGETS|IN_FIELD|OF_TYPE|ADDRESSES]->(t) |
                              labels(t)[0] + ':' + coalesce(t.name, t.code)]) AS local
            }
            MATCH (p:GoodPractice)-[:IMPLEMENTED_IN]->(d:District)
              WHERE d <> target AND NOT EXISTS { (p)-[:IMPLEMENTED_IN]->(target) }
            WITH mine, similarity, local, p, collect(d.ags) AS origins
            WITH mine, local, p, origins,
                 reduce(m = null, x IN [o IN origins | coalesce(similarity[o], 0.0)] | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) AS comparability,
                 [(p)-[:ADDRESSES]->(o:Occupation) | o.code] AS occupations,
                 [(p)-[:PURSUES|TARGETS|IN_FIELD|OF_TYPE|ADDRESSES]->(t) | labels(t)[0] + ':' + coalesce(t.name, t.code)] AS terms
            WITH p, comparability,
                 CASE WHEN size(mine) = 0 THEN NULL
                      WHEN size(occupations) = 0 THEN 0.25
                      ELSE reduce(m = null, x IN apoc.coll.flatten([c IN occupations | [s IN mine |
                             CASE WHEN c STARTS WITH s OR s STARTS WITH c THEN 1.0
                                  WHEN size(c) >= 3 AND size(s) >= 3 AND left(c, 3) = left(s, 3) THEN 0.5
                                  WHEN left(c, 2) = left(s, 2) THEN 0.25
                                  ELSE 0.0 END]]) | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) END AS needs,
                 0.5 * CASE WHEN size(origins) >= 3 THEN 1.0 ELSE size(origins) / 3.0 END
                   + CASE WHEN coalesce(trim(p.effects), '') <> '' THEN 0.5 ELSE 0.0 END AS evidence,
                 reduce(m = null, x IN [l IN local WHERE size(terms) + size(l) > 0 |
                   toFloat(size(apoc.coll.intersection(terms, l))) / size(apoc.coll.union(terms, l))] | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) AS similar
            WITH p, [c IN [[0.4, comparability], [0.4, needs], [0.2, evidence]] WHERE c[1] IS NOT NULL] AS known,
                 CASE WHEN similar >= 0.5 THEN similar / 2 ELSE 0.0 END AS penalty
            WITH p, coalesce(p.spatialLevel, '') <> 'SUPRA_REGIONAL' AS fits,
                 CASE WHEN size(known) > 0 THEN reduce(q = 0.0, c IN known | q + c[0] * c[1])
                                                / reduce(q = 0.0, c IN known | q + c[0]) ELSE 0.0 END
                 * (1 - penalty) AS score
            RETURN p.id AS key, score
              ORDER BY fits DESC, score DESC, key
              LIMIT 10
            """;

    private final GraphQlClient graphQl;
    private final Driver driver;
    private final List<String> districts;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService clients = Executors.newFixedThreadPool(8);

    TransferWorkloads(GraphQlClient graphQl, Driver driver, List<String> districts, long seed) {
        this.graphQl = graphQl;
        this.driver = driver;
        var shuffled = new ArrayList<>(districts);
        Collections.shuffle(shuffled, new Random(seed));
        this.districts = List.copyOf(shuffled);
    }

    /** Workload 5a: the ten districts most comparable with one district, ranked over all districts. */
    Workload comparableDistricts(int repetitions) {
        var candidate = new AtomicInteger();
        var baseline = new AtomicInteger();
        return Workload.read(
                "5a comparableDistricts",
                repetitions,
                () -> Workload.Response.of(comparable(next(candidate))),
                () -> Workload.Response.of(comparison(next(baseline))),
                this::sameComparison);
    }

    /** Workload 5b: the ten best transfer suggestions for one district. */
    Workload transferSuggestions(int repetitions) {
        var candidate = new AtomicInteger();
        var baseline = new AtomicInteger();
        return Workload.read(
                "5b transferSuggestions",
                repetitions,
                () -> Workload.Response.of(suggestions(next(candidate))),
                () -> Workload.Response.of(ranking(SUGGESTIONS_BASELINE, next(baseline))),
                (c, b) -> sameRanking(c, b, "transferSuggestions", null, "practice", "id"));
    }

    /**
     * Workload 5c: 5a and 5b in turn on successive districts, {@code requests} of them sent by 8
     * concurrent clients, against the two baseline statements sent by 8 clients through the driver.
     * The ratio is the candidate's time per request ÷ the baseline's: 1 ÷ ratio is the candidate's
     * share of the baseline's throughput.
     */
    Workload concurrentClients(int repetitions, int requests) {
        var candidate = new ArrayList<Callable<String>>();
        var baseline = new ArrayList<Callable<String>>();
        for (int i = 0; i < requests; i++) {
            var ags = districts.get(i % districts.size());
            if (i % 2 == 0) {
                candidate.add(() -> comparable(ags));
                baseline.add(() -> comparison(ags));
            } else {
                candidate.add(() -> suggestions(ags));
                baseline.add(() -> ranking(SUGGESTIONS_BASELINE, ags));
            }
        }
        return new Workload(
                "5c comparable + suggestions, 8 clients each",
                Workload.Side.of(() -> clients(candidate)),
                Workload.Side.of(() -> clients(baseline)),
                repetitions,
                Workload.Check.NONE);
    }

    private String next(AtomicInteger position) {
        return districts.get(position.getAndIncrement() % districts.size());
    }

    private String comparable(String ags) {
        return graphQl.post(COMPARABLE_DOCUMENT, Map.of("ags", ags));
    }

    private String suggestions(String ags) {
        return graphQl.post(SUGGESTIONS_DOCUMENT, Map.of("ags", ags));
    }

    /** The baseline's ranking as JSON: the district asked about and the keys with their scores. */
    private String ranking(String statement, String ags) throws Exception {
        try (var session = driver.session()) {
            var ranking = session.executeRead(tx -> tx.run(statement, Map.of("ags", ags, "indicators", INDICATORS))
                    .list(r -> {
                        var row = new LinkedHashMap<String, Object>();
                        row.put("key", r.get("key").asString());
                        row.put("score", r.get("score").asDouble());
                        return row;
                    }));
            return json.writeValueAsString(Map.of("ags", ags, "ranking", ranking));
        }
    }

    /** The baseline's comparison as JSON: the district asked about and its rows, all columns. */
    private String comparison(String ags) throws Exception {
        try (var session = driver.session()) {
            var rows =
                    session.executeRead(tx -> tx.run(COMPARABLE_BASELINE, Map.of("ags", ags, "indicators", INDICATORS))
                            .list(r -> r.asMap()));
            return json.writeValueAsString(Map.of("ags", ags, "ranking", rows));
        }
    }

    /**
     * The candidate's top ten as the baseline's, and explained by the same numbers: each component's
     * value and each indicator's values and z difference (1e-9).
     */
    private void sameComparison(String candidate, String baseline) throws Exception {
        sameRanking(candidate, baseline, "comparableDistricts", "comparables", "district", "ags");
        var rows = json.readTree(candidate)
                .path("data")
                .path("comparableDistricts")
                .path("comparables");
        var expected = json.readTree(baseline).path("ranking");
        var columns = Map.of(
                "STRUCTURE", "structure",
                "SETTLEMENT", "settlement",
                "LABOUR_MARKET", "labourMarket",
                "PROXIMITY", "proximity");
        for (int i = 0; i < rows.size(); i++) {
            var ags = expected.get(i).path("key").asText();
            for (var component : rows.get(i).path("components")) {
                same(
                        ags + " " + component.path("aspect").asText(),
                        component.path("value"),
                        expected.get(i)
                                .path(columns.get(component.path("aspect").asText())));
            }
            var indicators = rows.get(i).path("indicators");
            var expectedIndicators = expected.get(i).path("indicators");
            if (indicators.size() != expectedIndicators.size()) {
                throw new IllegalStateException(ags + ": candidate compares " + indicators.size()
                        + " indicators, baseline " + expectedIndicators.size());
            }
            for (int j = 0; j < indicators.size(); j++) {
                for (var field : List.of("value", "otherValue", "zDifference")) {
                    same(
                            ags + " "
                                    + expectedIndicators
                                            .get(j)
                                            .path("indicator")
                                            .asText() + " " + field,
                            indicators.get(j).path(field),
                            expectedIndicators.get(j).path(field));
                }
            }
        }
    }

    private static void same(String what, JsonNode candidate, JsonNode baseline) {
        boolean bothNull = candidate.isNull() && baseline.isNull();
        if (!bothNull
                && (candidate.isNull()
                        || baseline.isNull()
                        || Math.abs(candidate.asDouble() - baseline.asDouble()) > 1e-9)) {
            throw new IllegalStateException(what + ": candidate " + candidate + ", baseline " + baseline);
        }
    }

    /** The candidate's top ten: the same keys in the same order, scores equal to 1e-9. */
    private void sameRanking(String candidate, String baseline, String field, String list, String item, String keyField)
            throws Exception {
        var answer = json.readTree(candidate).path("data").path(field);
        var rows = list == null ? answer : answer.path(list);
        var expected = json.readTree(baseline).path("ranking");
        if (rows.size() != expected.size()) {
            throw new IllegalStateException(
                    field + ": candidate ranks " + rows.size() + ", baseline " + expected.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            var key = rows.get(i).path(item).path(keyField).asText();
            var score = rows.get(i).path("score").asDouble();
            var expectedKey = expected.get(i).path("key").asText();
            var expectedScore = expected.get(i).path("score").asDouble();
            if (!key.equals(expectedKey) || Math.abs(score - expectedScore) > 1e-9) {
                throw new IllegalStateException(field + " rank " + (i + 1) + ": candidate " + key + " " + score
                        + ", baseline " + expectedKey + " " + expectedScore);
            }
        }
        System.out.printf(
                "   check: same top %d for %s, first %s %.4f%n",
                rows.size(),
                json.readTree(baseline).path("ags").asText(),
                expected.isEmpty() ? "-" : expected.get(0).path("key").asText(),
                expected.isEmpty() ? 0.0 : expected.get(0).path("score").asDouble());
    }

    private Workload.Response clients(List<Callable<String>> requests) throws Exception {
        var next = new AtomicInteger();
        var running = new ArrayList<Future<?>>();
        for (int c = 0; c < 8; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    requests.get(i).call();
                }
                return null;
            }));
        }
        for (var client : running) {
            client.get();
        }
        return new Workload.Response(null, requests.size());
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }
}
