package de.regiograph.research;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs every file of cypher/queries against the demo data with the example values of its header
 * and checks that it returns exactly the documented columns, so that the library cannot rot.
 */
class QueryLibraryIT extends IntegrationTest {

    private static final Path LIBRARY = Path.of("cypher", "queries");

    @Autowired
    Driver driver;

    @TestFactory
    Stream<DynamicTest> everyQueryRunsWithItsExamplesAndReturnsItsColumns() throws IOException {
        List<Path> files;
        try (var listing = Files.list(LIBRARY)) {
            files = listing.filter(f -> f.toString().endsWith(".cypher"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private void check(Path file) throws IOException {
        var cypher = Files.readString(file, StandardCharsets.UTF_8);
        var header = QueryHeader.parse(cypher);
        try (var session = driver.session();
                var transaction = session.beginTransaction()) {
            for (var before : header.before()) {
                run(transaction, LIBRARY.resolve(before + ".cypher"));
            }
            var result = transaction.run(new Query(cypher, parameters(transaction, header.examples())));
            assertThat(result.keys()).as("columns of %s", file).containsExactlyInAnyOrderElementsOf(header.columns());
            result.list();
            transaction.rollback();
        } finally {
            // Steps such as dropping a GDS graph act outside the rolled-back transaction.
            for (var after : header.after()) {
                try (var session = driver.session();
                        var transaction = session.beginTransaction()) {
                    run(transaction, LIBRARY.resolve(after + ".cypher"));
                    transaction.commit();
                }
            }
        }
    }

    /** Runs a library file with its own example values, for the steps another file needs. */
    private static void run(org.neo4j.driver.Transaction transaction, Path file) throws IOException {
        var cypher = Files.readString(file, StandardCharsets.UTF_8);
        transaction
                .run(new Query(
                        cypher,
                        parameters(transaction, QueryHeader.parse(cypher).examples())))
                .consume();
    }

    /** The example values are Cypher literals; Cypher itself reads them. */
    private static Map<String, Object> parameters(
            org.neo4j.driver.Transaction transaction, Map<String, String> examples) {
        if (examples.isEmpty()) {
            return Map.of();
        }
        var map = examples.entrySet().stream()
                .map(e -> "`" + e.getKey() + "`: " + e.getValue())
                .collect(Collectors.joining(", ", "RETURN {", "} AS parameters"));
        return transaction.run(map).single().get("parameters").asMap();
    }

    @Test
    void uncoveredShortagesHaveNoNetworkFocusingOnThem() {
        var rows = run("research-uncovered-shortages", Map.of("stateCode", "06", "minSeverity", 2.0));
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            var ags = ((Map<?, ?>) row.get("district")).get("ags");
            for (var gap : (List<?>) row.get("uncovered")) {
                var code = ((Map<?, ?>) gap).get("code");
                assertThat(database.query("""
                                MATCH (n:Network)-[:ACTIVE_IN]->(:District {ags: $ags}), (n)-[:FOCUSES_ON]->(f:Occupation)
                                WHERE f.code STARTS WITH $code OR $code STARTS WITH f.code RETURN count(*)""")
                                .bindAll(Map.of("ags", ags, "code", code))
                                .fetchAs(Long.class)
                                .one()
                                .orElseThrow())
                        .as("networks covering %s in %s", code, ags)
                        .isZero();
            }
        }
    }

    @Test
    void adoptionPathHasOneStepPerImplementationInOrder() {
        var rows = run("research-practice-adoption-paths", Map.of("practice", "gp-001"));
        assertThat(rows)
                .hasSize((int) count("MATCH (:GoodPractice {id: 'gp-001'})-[:IMPLEMENTED_IN]->(d) RETURN count(d)"));
        assertThat(rows)
                .extracting(r -> ((Number) r.get("step")).intValue())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, rows.size())
                        .boxed()
                        .toList());
        assertThat((List<?>) rows.get(0).get("earlier")).isEmpty();
        assertThat((List<?>) rows.get(rows.size() - 1).get("earlier")).hasSize(rows.size() - 1);
    }

    @Test
    void bridgingActorsReachOnlyOtherDistricts() {
        var rows = run("research-bridging-actors", Map.of("ags", "06535", "first", 100));
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            var reached = (List<?>) row.get("reached");
            assertThat(((Number) row.get("reach")).intValue()).isEqualTo(reached.size());
            assertThat(reached.stream()
                            .map(d -> String.valueOf(((Map<?, ?>) d).get("ags")))
                            .toList())
                    .doesNotContain("06535");
        }
    }

    private List<Map<String, Object>> run(String name, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            var cypher = Files.readString(LIBRARY.resolve(name + ".cypher"), StandardCharsets.UTF_8);
            return session.executeRead(tx -> tx.run(cypher, parameters).list(r -> r.asMap()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
