package de.regiograph.graphdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.regiograph.IntegrationTest;
import de.regiograph.TestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** The database the application starts: reachable by any Bolt client, with GDS, APOC and the schema. */
class EmbeddedDatabaseIT extends IntegrationTest {

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @Test
    void aSeparateBoltClientReachesTheSameDataWithGdsAndApoc() {
        assumeTrue(TestDatabase.embedded(), "runs against the embedded database");
        try (var driver = GraphDatabase.driver(embedded.getObject().boltUri(), AuthTokens.none());
                var session = driver.session()) {
            assertThat(session.run("MATCH (d:District {ags: '06535'}) RETURN d.name AS name")
                            .single()
                            .get("name")
                            .asString())
                    .isEqualTo("Vogelsbergkreis");
            assertThat(session.run("CALL gds.version() YIELD gdsVersion RETURN gdsVersion")
                            .single()
                            .get(0)
                            .asString())
                    .startsWith("2.13");
            assertThat(session.run("RETURN apoc.version() AS v")
                            .single()
                            .get("v")
                            .asString())
                    .startsWith("5.26");
            assertThat(session.run("RETURN gds.similarity.cosine([1.0, 0.0], [1.0, 0.0]) AS s")
                            .single()
                            .get("s")
                            .asDouble())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void migrationsCreateTheConstraintsAndTheSearchIndex() {
        assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name IN ['district_ags', 'actor_id', 'network_id', "
                        + "'good_practice_id', 'occupation_code', 'state_code'] RETURN count(*)"))
                .isEqualTo(6);
        assertThat(count("SHOW FULLTEXT INDEXES YIELD name WHERE name = 'search_text' RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void theDemoDatasetIsLoadedOnFirstStart() {
        assertThat(count("MATCH (d:District) WHERE d.ags STARTS WITH '06' RETURN count(d)"))
                .isEqualTo(26);
        assertThat(count("MATCH (a:Actor) WHERE a.illustrative RETURN count(a)"))
                .isGreaterThanOrEqualTo(80);
        assertThat(count("MATCH (a:Actor) RETURN count(DISTINCT a.kind)")).isEqualTo(14);
        assertThat(
                        count(
                                "MATCH (d:District) WHERE d.ags STARTS WITH '06' AND NOT EXISTS { (d)<-[:LOCATED_IN]-(:Actor) } RETURN count(d)"))
                .isZero();
        assertThat(count("MATCH (n:Network) RETURN count(n)")).isGreaterThanOrEqualTo(12);
        assertThat(count("MATCH (p:GoodPractice) RETURN count(p)")).isGreaterThanOrEqualTo(25);
        assertThat(count("MATCH (d:District)-[:BORDERS]-(:District) WHERE d.ags = '06535' RETURN count(*)"))
                .isEqualTo(7);
    }
}
