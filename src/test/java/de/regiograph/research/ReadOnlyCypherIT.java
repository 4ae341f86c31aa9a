package de.regiograph.research;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

class ReadOnlyCypherIT extends IntegrationTest {

    private static final String CYPHER = """
            query($query: String!, $params: JSON, $maxRows: Int, $timeoutMillis: Int) {
              cypher(query: $query, params: $params, maxRows: $maxRows, timeoutMillis: $timeoutMillis) {
                columns rows rowCount truncated queryType
              }
            }""";

    /** Nodes, relationships, labels and property keys (then indexes, constraints): what any write would change. */
    private static final String FOOTPRINT = """
            CALL () { MATCH (n) RETURN count(n) AS nodes }
            CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
            CALL () { CALL db.labels() YIELD label RETURN count(label) AS labels }
            CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN count(propertyKey) AS keys }
            RETURN [nodes, relationships, labels, keys] AS footprint""";

    @Autowired
    ResearchProperties properties;

    private GraphQlTester.Response cypher(String query, Map<String, Object> params) {
        return graphQl.document(CYPHER)
                .variable("query", query)
                .variable("params", params)
                .execute();
    }

    @Test
    void readsReturnColumnsAndRowsAsJson() {
        var response = cypher(
                "MATCH (d:District {ags: $ags}) RETURN d.name AS name, d.population AS population, d AS node",
                Map.of("ags", "06535"));
        response.path("cypher.columns").entityList(String.class).containsExactly("name", "population", "node");
        response.path("cypher.queryType").entity(String.class).isEqualTo("READ_ONLY");
        response.path("cypher.rows[0][0]")
                .entity(String.class)
                .isEqualTo(database.query("MATCH (d:District {ags: '06535'}) RETURN d.name")
                        .fetchAs(String.class)
                        .one()
                        .orElseThrow());
        response.path("cypher.rows[0][1]")
                .entity(Long.class)
                .isEqualTo(count("MATCH (d:District {ags: '06535'}) RETURN d.population"));
        response.path("cypher.rows[0][2].labels").entityList(String.class).contains("District");
        response.path("cypher.rows[0][2].properties.ags").entity(String.class).isEqualTo("06535");
        response.path("cypher.truncated").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void parametersWrittenInsideTheDocumentAreJsonToo() {
        graphQl.document("""
                        { cypher(query: "UNWIND $codes AS code MATCH (o:Occupation {code: code}) RETURN o.code AS code, $limit AS limit",
                                 params: {codes: ["813", "821"], limit: 2}) { columns rows } }""")
                .execute()
                .path("cypher.rows")
                .entity(List.class)
                .isEqualTo(database
                        .query("UNWIND ['813', '821'] AS code MATCH (o:Occupation {code: code}) RETURN o.code")
                        .fetchAs(String.class)
                        .all()
                        .stream()
                        .map(code -> List.of(code, 2))
                        .toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE (:ResearchProbe {id: 'x'})",
                "MERGE (d:District {ags: '06535'}) ON MATCH SET d.probe = 1",
                "MATCH (d:District {ags: '06535'}) SET d.name = 'Probe'",
                "MATCH (a:Actor {id: 'act-0001'}) DETACH DELETE a",
                "MATCH ()-[r:BORDERS]->() DELETE r",
                "MATCH (d:District {ags: '06535'}) REMOVE d.name",
                "CREATE INDEX research_probe FOR (n:District) ON (n.probe)",
                "DROP INDEX district_name",
                "CREATE CONSTRAINT research_probe FOR (n:ResearchProbe) REQUIRE n.id IS UNIQUE",
                "CALL db.createLabel('ResearchProbe')",
                "CALL db.createProperty('researchProbe')",
                "CALL apoc.create.node(['ResearchProbe'], {id: 'x'})",
                "MATCH (d:District {ags: '06535'}) CALL apoc.create.setProperty(d, 'probe', 1) YIELD node RETURN node",
                "CALL apoc.refactor.rename.label('District', 'ResearchProbe')",
                "CALL apoc.periodic.iterate('MATCH (d:District) RETURN d', 'SET d.probe = 1', {})",
                "CALL apoc.cypher.runWrite('CREATE (:ResearchProbe)', {})",
                "CALL apoc.cypher.run('CALL dbms.listConfig()', {})",
                "CALL dbms.listConfig()",
                "CALL dbms.listConnections()",
                "CALL dbms.killConnection('bolt-1')",
                "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
                "CALL apoc.load.json('file:///etc/passwd')",
                "SHOW USERS",
                "CREATE DATABASE probe",
                "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
                "SHOW TRANSACTIONS",
                "SHOW SETTINGS",
                "CALL gds.graph.project('probe', 'District', 'BORDERS') YIELD graphName"
                        + " CALL gds.pageRank.write('probe', {writeProperty: 'probe'}) YIELD nodePropertiesWritten"
                        + " RETURN nodePropertiesWritten"
            })
    void writesSchemaAndAdminStatementsAreRefusedAndChangeNothing(String statement) {
        var before = footprint();
        cypher(statement, Map.of()).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("argument", "query");
            assertThat(errors.get(0).getMessage()).startsWith("query: ");
        });
        assertThat(footprint()).isEqualTo(before);
        assertThat(
                        count(
                                "MATCH (d:District {ags: '06535'}) WHERE d.probe IS NOT NULL OR d.name = 'Probe' RETURN count(d)"))
                .isZero();
    }

    @Test
    void refusalsSayWhy() {
        cypher("CREATE (:ResearchProbe)", Map.of())
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .contains("refused")
                        .contains("writes"));
        cypher("CREATE INDEX research_probe FOR (n:District) ON (n.probe)", Map.of())
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("schema"));
        cypher("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", Map.of())
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("LOAD CSV"));
    }

    @Test
    void rowsAreCutOffAtTheCap() {
        int cap = properties.cypherMaxRows();
        var all = cypher("UNWIND range(1, $n) AS i RETURN i", Map.of("n", cap + 5));
        all.path("cypher.rowCount").entity(Integer.class).isEqualTo(cap);
        all.path("cypher.truncated").entity(Boolean.class).isEqualTo(true);
        graphQl.document(CYPHER)
                .variable("query", "UNWIND range(1, 10) AS i RETURN i")
                .variable("maxRows", 3)
                .execute()
                .path("cypher.rows")
                .entity(List.class)
                .isEqualTo(List.of(List.of(1), List.of(2), List.of(3)))
                .path("cypher.truncated")
                .entity(Boolean.class)
                .isEqualTo(true);
        graphQl.document(CYPHER)
                .variable("query", "RETURN 1 AS one")
                .variable("maxRows", cap + 1)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("argument", "maxRows"));
    }

    @Test
    void aQueryRunningLongerThanTheTimeoutIsStopped() {
        long started = System.nanoTime();
        graphQl.document(CYPHER)
                .variable("query", "UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(i) AS n")
                .variable("timeoutMillis", 300)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("time limit of 300 ms"));
        assertThat((System.nanoTime() - started) / 1_000_000)
                .isLessThan(properties.cypherTimeout().toMillis());
    }

    private List<Object> footprint() {
        var footprint = new java.util.ArrayList<Object>(
                database.query(FOOTPRINT).fetchAs(List.class).one().orElseThrow());
        footprint.add(count("SHOW INDEXES YIELD name RETURN count(name)"));
        footprint.add(count("SHOW CONSTRAINTS YIELD name RETURN count(name)"));
        return footprint;
    }
}
